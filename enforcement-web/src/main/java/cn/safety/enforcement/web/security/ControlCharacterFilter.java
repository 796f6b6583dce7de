package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.Text;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import cn.safety.enforcement.web.error.ProblemResponses;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A control or bidirectional override character in the address (query string) is never typed by a person, and a NUL
 * can never be stored: such a request is refused at the door with 400, as is a submitted form with a NUL in any field.
 * Other characters of that kind in forms, and anything in JSON bodies, pass on: they are checked field by field where
 * they are read (the domain's {@link Text} rule, the API's JSON reader), so the refusal stands next to its field.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ControlCharacterFilter extends OncePerRequestFilter {

    private final JsonMapper json;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ControlCharacterFilter(JsonMapper json, MessageSource messages, LocaleResolver locales) {
        this.json = json;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!refused(request.getQueryString()) && !nulInForm(request)) {
            chain.doFilter(request, response);
            return;
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemResponses.write(response, json, HttpStatus.BAD_REQUEST,
                    messages.getMessage("error.controlCharacters", null, locales.resolveLocale(request)),
                    request.getRequestURI());
        } else {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
        }
    }

    private static boolean nulInForm(HttpServletRequest request) {
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            return false;
        }
        for (String[] values : request.getParameterMap().values()) {
            for (String v : values) {
                if (v != null && v.indexOf('\0') >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean refused(String query) {
        if (query == null || query.isEmpty()) {
            return false;
        }
        if (query.toUpperCase(java.util.Locale.ROOT).contains("%00")) {
            return true;
        }
        try {
            return Text.hasControlCharacters(UriUtils.decode(query.replace('+', ' '), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }
}
