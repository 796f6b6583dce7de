package cn.safety.enforcement.web.error;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/** Pages: not found or out of scope → 404, forbidden → 403, refused input → 400, never a stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class PageExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PageExceptionHandler.class);

    /** The largest upload, as the multipart limit takes it from {@code enforcement.import.max-file-size}. */
    private final org.springframework.util.unit.DataSize maxFileSize;

    PageExceptionHandler(cn.safety.enforcement.web.enterprise.ImportProperties limits) {
        this.maxFileSize = limits.maxFileSize();
    }

    @ExceptionHandler(NotFound.class)
    String notFound(Model model, HttpServletResponse response) {
        return page(response, model, 404, "error.404");
    }

    @ExceptionHandler(OutOfJurisdiction.class)
    String forbidden(OutOfJurisdiction e, Model model, HttpServletResponse response) {
        return page(response, model, 403, e.messageCode());
    }

    @ExceptionHandler(StaleVersion.class)
    String stale(Model model, HttpServletResponse response) {
        return page(response, model, 409, "error.stale");
    }

    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    String conflict(org.springframework.dao.DataIntegrityViolationException e, Model model,
                    HttpServletResponse response) {
        if (DataExceptions.isBadValue(e)) {
            return page(response, model, 400, "error.dataException");
        }
        return page(response, model, 409, "error.conflict");
    }

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation e, Model model, HttpServletResponse response) {
        model.addAttribute("problems", e.problems());
        return page(response, model, 400, null);
    }

    /**
     * A form whose hidden or typed values do not bind at all (a version that is not a number, on a form whose handler
     * takes no binding result): the request is refused, nothing is saved.
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            org.springframework.validation.BindException.class})
    String badParameter(Model model, HttpServletResponse response) {
        return page(response, model, 400, "error.badParameter");
    }

    @ExceptionHandler({MaxUploadSizeExceededException.class, MultipartException.class})
    String tooLarge(Model model, HttpServletResponse response) {
        model.addAttribute("problems", java.util.List.of(
                new RuleViolation.Problem("file", "import.tooLarge", maxFileSize.toMegabytes() + " MB")));
        return page(response, model, 413, null);
    }

    @ExceptionHandler(Exception.class)
    String unexpected(Exception e, Model model, HttpServletResponse response) throws Exception {
        if (e instanceof org.springframework.web.servlet.resource.NoResourceFoundException
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.web.HttpRequestMethodNotSupportedException) {
            throw e;
        }
        log.error("unexpected error on a page", e);
        response.setStatus(500);
        SignedInUser.addTo(model.asMap());
        return "error";
    }

    /** The one error page, with the status and the message that says what happened. */
    private static String page(HttpServletResponse response, Model model, int status, String messageCode) {
        response.setStatus(status);
        model.addAttribute("status", status);
        if (messageCode != null) {
            model.addAttribute("messageCode", messageCode);
        }
        SignedInUser.addTo(model.asMap());
        return "error";
    }
}
