package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.token.ApiTokenService;
import cn.safety.enforcement.domain.token.TokenHolder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.Optional;

/**
 * {@code Authorization: Bearer <token>} on the API: the token's hash is looked up in one indexed query, no password
 * hash is computed. No cache: a revocation, a disabled account or an expiry holds on every node at the very next call.
 * A revoked, expired, unknown or malformed token is answered 401 with {@code WWW-Authenticate: Bearer}. Part of the
 * API's filter chain only: the pages never accept a token.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    /** Answers a refused token: status, challenge and problem detail. */
    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final ApiTokenService tokens;
    private final Refusal refusal;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    BearerTokenFilter(ApiTokenService tokens, Refusal refusal) {
        this.tokens = tokens;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer", 0, 6)
                || (header.length() > 6 && header.charAt(6) != ' ')) {
            chain.doFilter(request, response);
            return;
        }
        Optional<TokenHolder> holder = tokens.holderOf(header.substring(Math.min(header.length(), 7)).strip());
        if (holder.isEmpty()) {
            refusal.refuse(request, response);
            return;
        }
        TokenHolder h = holder.get();
        EnforcementUser user = new EnforcementUser(h.actor(), h.fullName(), h.departmentName(), null, true, false);
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new ApiTokenAuthentication(user, h.tokenId()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
