package cn.safety.enforcement.web.security;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import cn.safety.enforcement.web.error.ProblemResponses;
import tools.jackson.databind.json.JsonMapper;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Three filter chains: the JSON API (stateless bearer tokens or HTTP Basic, no session, no CSRF), the OpenAPI documents
 * (public), and the pages (form login, CSRF, sessions in the database from sign-in on; never a token). An enterprise's
 * account reaches only the routes {@link EnterpriseAccountRoutes} lists.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final String DOCS_CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, JsonMapper json, MessageSource messages,
                            org.springframework.web.servlet.LocaleResolver locales,
                            cn.safety.enforcement.domain.token.ApiTokenService tokens) throws Exception {
        BearerTokenFilter bearer = new BearerTokenFilter(tokens, (request, response) -> {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"enforcement\", error=\"invalid_token\"");
            problem(response, json, HttpStatus.UNAUTHORIZED,
                    message(messages, "api.token.invalid", locales.resolveLocale(request)), request.getRequestURI());
        });
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        // a token is issued for a password checked now, never for another token
                        .requestMatchers(HttpMethod.POST, "/api/v1/tokens").access((auth, context) ->
                                new AuthorizationDecision(auth.get() instanceof UsernamePasswordAuthenticationToken))
                        // 一公开: the published draws, for everyone
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        // an enterprise's account reaches only its own routes; the rest is the departments'
                        .requestMatchers(EnterpriseAccountRoutes.API).authenticated()
                        .anyRequest().access(EnterpriseAccountRoutes.staffOnly()))
                .addFilterBefore(bearer, BasicAuthenticationFilter.class)
                .httpBasic(b -> b.realmName("enforcement").authenticationEntryPoint((request, response, e) -> {
                    java.util.Locale locale = locales.resolveLocale(request);
                    if (e instanceof ClientThrottled throttled) {
                        response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                        problem(response, json, HttpStatus.TOO_MANY_REQUESTS, messages.getMessage(
                                "login.clientThrottled", new Object[]{throttled.retryAfterSeconds()}, locale),
                                request.getRequestURI());
                        return;
                    }
                    String code = e instanceof LockedException ? "login.locked" : "api.unauthorized";
                    response.setHeader("WWW-Authenticate", "Basic realm=\"enforcement\"");
                    response.addHeader("WWW-Authenticate", "Bearer realm=\"enforcement\"");
                    problem(response, json, HttpStatus.UNAUTHORIZED, message(messages, code, locale),
                            request.getRequestURI());
                }))
                .exceptionHandling(x -> x.accessDeniedHandler((request, response, e) ->
                        problem(response, json, HttpStatus.FORBIDDEN, message(messages,
                                SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication
                                        && request.getRequestURI().endsWith("/api/v1/tokens")
                                        ? "api.token.needsPassword" : "error.403", locales.resolveLocale(request)),
                                request.getRequestURI())))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable())
                .requestCache(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(DOCS_CSP)));
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", ClientThrottledPage.PATH, "/css/**", "/js/**", "/favicon.ico",
                                "/error", "/public/**",
                                "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/admin/**", "/actuator/**").hasRole("ADMIN")
                        // an enterprise's account reaches only its own pages; the rest is the departments'
                        .requestMatchers(EnterpriseAccountRoutes.PAGES).authenticated()
                        .anyRequest().access(EnterpriseAccountRoutes.staffOnly()))
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", false)
                        .failureHandler((request, response, e) -> {
                            if (e instanceof ClientThrottled throttled) {
                                response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
                                response.setHeader("Retry-After", String.valueOf(throttled.retryAfterSeconds()));
                                request.setAttribute(ClientThrottledPage.RETRY_AFTER, throttled.retryAfterSeconds());
                                request.getRequestDispatcher(ClientThrottledPage.PATH).forward(request, response);
                                return;
                            }
                            response.sendRedirect(request.getContextPath()
                                    + (e instanceof LockedException ? "/login?locked" : "/login?error"));
                        }))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                // no session before sign-in: the login form's token and the page to return to are kept in cookies
                .csrf(c -> c.csrfTokenRepository(csrfTokenCookie()))
                .requestCache(r -> r.requestCache(new CookieRequestCache()))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(f -> f.deny())
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(self), microphone=(self), geolocation=(self), payment=()"))
                        .addHeaderWriter(new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin")));
        return http.build();
    }

    private static CookieCsrfTokenRepository csrfTokenCookie() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }

    /** Security answers before the dispatcher has set the locale, so it asks the page's locale resolver itself. */
    private static String message(MessageSource messages, String code, java.util.Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static void problem(HttpServletResponse response, JsonMapper json, HttpStatus status, String detail,
                                String path) throws IOException {
        ProblemResponses.write(response, json, status, detail, path);
    }
}
