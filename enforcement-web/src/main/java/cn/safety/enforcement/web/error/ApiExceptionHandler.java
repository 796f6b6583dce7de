package cn.safety.enforcement.web.error;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The API's refusals as RFC 9457 problem details; validation problems list {@code errors: [{field, message}]}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(RuleViolation.class)
    ResponseEntity<ProblemDetail> refused(RuleViolation e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (RuleViolation.Problem p : e.problems()) {
            errors.add(error(p.field(), text(p.messageCode(), p.args())));
        }
        return problem(HttpStatus.BAD_REQUEST, errors.get(0).get("message"), errors);
    }

    /** The record's present state refuses the step (a step out of order, a second plan for a year): 409. */
    @ExceptionHandler(cn.safety.enforcement.domain.Conflict.class)
    ResponseEntity<ProblemDetail> conflict(cn.safety.enforcement.domain.Conflict e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (RuleViolation.Problem p : e.problems()) {
            errors.add(error(p.field(), text(p.messageCode(), p.args())));
        }
        return problem(HttpStatus.CONFLICT, errors.get(0).get("message"), errors);
    }

    /** 重复检查: the cap is reached and the start was not acknowledged; the warning travels with the refusal. */
    @ExceptionHandler(cn.safety.enforcement.domain.inspection.RepeatInspectionUnacknowledged.class)
    ResponseEntity<ProblemDetail> repeatInspection(
            cn.safety.enforcement.domain.inspection.RepeatInspectionUnacknowledged e) {
        ResponseEntity<ProblemDetail> answer = conflict(e);
        var a = e.alert();
        Map<String, Object> warning = new java.util.LinkedHashMap<>();
        warning.put("code", "REPEAT_INSPECTION");
        warning.put("count", a.count());
        warning.put("cap", a.cap().asInt());
        warning.put("source", a.cap().source());
        warning.put("message", text("inspection.warning.repeat", new Object[] {a.count(), a.cap().asInt(),
                a.cap().source()}));
        answer.getBody().setProperty("warnings", List.of(warning));
        return answer;
    }

    @ExceptionHandler(NotFound.class)
    ResponseEntity<ProblemDetail> notFound() {
        return problem(HttpStatus.NOT_FOUND, text("error.404", null), null);
    }

    @ExceptionHandler(OutOfJurisdiction.class)
    ResponseEntity<ProblemDetail> forbidden(OutOfJurisdiction e) {
        return problem(HttpStatus.FORBIDDEN, text(e.messageCode(), null), null);
    }

    /** 双随机: a draw takes its seed once; the first one stands. */
    @ExceptionHandler(cn.safety.enforcement.domain.draw.DrawAlreadySeeded.class)
    ResponseEntity<ProblemDetail> alreadySeeded(cn.safety.enforcement.domain.draw.DrawAlreadySeeded e) {
        return problem(HttpStatus.CONFLICT, text(e.messageCode(), null), null);
    }

    @ExceptionHandler(StaleVersion.class)
    ResponseEntity<ProblemDetail> stale() {
        return problem(HttpStatus.CONFLICT, text("error.stale", null), null);
    }

    /**
     * Two requests raced for the same unique value: the later one is told, nothing is half-saved. A value the database
     * cannot hold at all (a data exception) is bad input, not a conflict.
     */
    @ExceptionHandler(org.springframework.dao.DataIntegrityViolationException.class)
    ResponseEntity<ProblemDetail> conflict(org.springframework.dao.DataIntegrityViolationException e) {
        if (DataExceptions.isBadValue(e)) {
            return problem(HttpStatus.BAD_REQUEST, text("error.dataException", null), null);
        }
        return problem(HttpStatus.CONFLICT, text("error.conflict", null), null);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e) {
        String message = text("error.invalidValue", null);
        return problem(HttpStatus.BAD_REQUEST, message, List.of(error(e.getName(), message)));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) throws Exception {
        if (e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e;
        }
        log.error("unexpected error in the API", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, text("error.500", null), null);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError fe : ex.getBindingResult().getFieldErrors()) {
            errors.add(error(fe.getField(), messages.getMessage(fe, LocaleContextHolder.getLocale())));
        }
        ProblemDetail body = body(HttpStatus.BAD_REQUEST, errors.isEmpty() ? text("error.400", null)
                : errors.get(0).get("message"), errors);
        return ResponseEntity.badRequest().body(body);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        String field = null;
        if (ex.getCause() instanceof DatabindException d) {
            // the innermost named property: "features" for a bad element of "features": [...]
            for (var reference : d.getPath()) {
                if (reference.getPropertyName() != null) {
                    field = reference.getPropertyName();
                }
            }
        }
        String message = field == null ? text("error.unreadable", null)
                : ForbiddenCharacters.in(ex) ? text("field.controlCharacters", null) : text("error.invalidValue", null);
        return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, message,
                field == null ? null : List.of(error(field, message))));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail p && p.getDetail() != null && status.value() < 500) {
            p.setDetail(text("error." + status.value(), null));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<Map<String, String>> errors) {
        return ResponseEntity.status(status).body(body(status, detail, errors));
    }

    private static ProblemDetail body(HttpStatus status, String detail, List<Map<String, String>> errors) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        if (errors != null) {
            p.setProperty("errors", errors);
        }
        return p;
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }

    private String text(String code, Object[] args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }
}
