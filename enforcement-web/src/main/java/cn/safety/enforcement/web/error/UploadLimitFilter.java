package cn.safety.enforcement.web.error;

import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * An upload over its size limit is answered 413 with a page (or a problem detail under {@code /api}) before anything
 * else reads the request: the first reader of a multipart body is the CSRF check, and an oversized body failing there
 * would otherwise surface as a server error. A body that declares its length is refused on that alone; one sent
 * without a length is parsed here, and a parse that fails for its size is refused the same way. The server reads and
 * discards the rest of a refused body (up to {@code server.tomcat.max-swallow-size}) so that the browser sees the page.
 * <p>The limit depends on the path: an evidence upload (a POST to a path ending in {@code /evidence}) may carry the
 * largest evidence file, the multipart limits ({@code spring.servlet.multipart.*}); every other upload is held to the
 * import's limits ({@code enforcement.import.max-file-size}, {@code max-request-size}), checked on the declared length
 * and again on each part once parsed.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class UploadLimitFilter extends OncePerRequestFilter {

    private static final java.util.regex.Pattern EVIDENCE_UPLOAD = java.util.regex.Pattern.compile(".*/evidence/?");

    private final ObjectProvider<MultipartConfigElement> multipart;
    private final MessageSource messages;
    private final JsonMapper json;
    private final LocaleResolver locales;
    private final cn.safety.enforcement.web.enterprise.ImportProperties imports;

    UploadLimitFilter(ObjectProvider<MultipartConfigElement> multipart, MessageSource messages, JsonMapper json,
                      LocaleResolver locales, cn.safety.enforcement.web.enterprise.ImportProperties imports) {
        this.multipart = multipart;
        this.messages = messages;
        this.json = json;
        this.locales = locales;
        this.imports = imports;
    }

    /** The limits of this request's upload: the multipart limits for evidence, the import's for anything else. */
    private MultipartConfigElement limitsFor(HttpServletRequest request, MultipartConfigElement multipartLimits) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (EVIDENCE_UPLOAD.matcher(path).matches()) {
            return multipartLimits;
        }
        return new MultipartConfigElement(multipartLimits.getLocation(), imports.maxFileSize().toBytes(),
                imports.maxRequestSize().toBytes(), multipartLimits.getFileSizeThreshold());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        MultipartConfigElement multipartLimits = multipart.getIfAvailable();
        if (multipartLimits == null || !isMultipart(request)) {
            chain.doFilter(request, response);
            return;
        }
        MultipartConfigElement limits = limitsFor(request, multipartLimits);
        long maxRequest = limits.getMaxRequestSize();
        long length = request.getContentLengthLong();
        if (maxRequest > 0 && length > maxRequest) {
            tooLarge(request, response, limits);
            return;
        }
        try {
            long maxFile = limits.getMaxFileSize();
            for (jakarta.servlet.http.Part part : request.getParts()) {
                if (maxFile > 0 && part.getSize() > maxFile) {
                    tooLarge(request, response, limits);
                    return;
                }
            }
        } catch (RuntimeException | IOException | ServletException e) {
            if (isSizeLimit(e)) {
                tooLarge(request, response, limits);
            } else {
                refuse(request, response, HttpServletResponse.SC_BAD_REQUEST,
                        messages.getMessage("error.400", null, locales.resolveLocale(request)));
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void tooLarge(HttpServletRequest request, HttpServletResponse response, MultipartConfigElement limits)
            throws IOException, ServletException {
        String limit = DataSize.ofBytes(limits.getMaxFileSize() > 0 ? limits.getMaxFileSize()
                : limits.getMaxRequestSize()).toMegabytes() + " MB";
        refuse(request, response, 413,
                messages.getMessage("error.tooLarge", new Object[] {limit}, locales.resolveLocale(request)));
    }

    /**
     * A problem detail under {@code /api}; elsewhere the error page, rendered for a view of the request without its
     * body: every later reader of the parameters (the CSRF check, the locale switch) would fail on the body again.
     */
    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String detail)
            throws IOException, ServletException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, json, HttpStatus.valueOf(status), detail, request.getRequestURI());
            return;
        }
        HttpServletRequest bodiless = new BodilessRequest(request);
        bodiless.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        bodiless.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        request.getRequestDispatcher("/error").forward(bodiless, response);
    }

    /** The refused request seen as a GET without parameters or body. */
    private static final class BodilessRequest extends jakarta.servlet.http.HttpServletRequestWrapper {

        BodilessRequest(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getMethod() {
            return "GET";
        }

        @Override
        public String getContentType() {
            return null;
        }

        @Override
        public String getParameter(String name) {
            return null;
        }

        @Override
        public java.util.Map<String, String[]> getParameterMap() {
            return java.util.Map.of();
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return java.util.Collections.emptyEnumeration();
        }

        @Override
        public String[] getParameterValues(String name) {
            return null;
        }

        @Override
        public java.util.Collection<jakarta.servlet.http.Part> getParts() {
            return java.util.List.of();
        }

        @Override
        public jakarta.servlet.http.Part getPart(String name) {
            return null;
        }
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                && "POST".equalsIgnoreCase(request.getMethod());
    }

    private static boolean isSizeLimit(Throwable e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            String name = c.getClass().getSimpleName();
            if (name.contains("SizeLimitExceeded") || name.contains("SizeException")
                    || c instanceof org.springframework.web.multipart.MaxUploadSizeExceededException) {
                return true;
            }
        }
        return false;
    }
}
