package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.function.Supplier;

/**
 * What the account of an enterprise (企业账号) reaches: its start page, its own password, and the routes of the
 * records that concern its enterprise (hazards, their evidence and the documents served on it), each of which asks
 * the jurisdiction policy again for the record itself. Every other route (the registry, inspections, plans, draws,
 * checklists, exports, administration, the record) is the departments' own and answers 403 to an enterprise, whatever
 * it would hold: an allow-list, so that a route added later is closed to enterprises until someone opens it here.
 */
final class EnterpriseAccountRoutes {

    /** Pages an enterprise's account opens. */
    static final String[] PAGES = {"/", "/account/password", "/hazards", "/hazards/**"};

    /** API routes an enterprise's account calls (its own identity, its tokens, and its enterprise's records). */
    static final String[] API = {"/api/v1/me", "/api/v1/tokens", "/api/v1/tokens/**", "/api/v1/hazards",
            "/api/v1/hazards/**", "/api/v1/evidence/**", "/api/v1/documents/**"};

    private static final String ENTERPRISE = "ROLE_" + Role.ENTERPRISE.name();

    private EnterpriseAccountRoutes() {
    }

    /** Any signed-in user but an enterprise's account: the departments' routes. */
    static AuthorizationManager<RequestAuthorizationContext> staffOnly() {
        return (Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication a = authentication.get();
            boolean signedIn = a != null && a.isAuthenticated()
                    && !(a instanceof org.springframework.security.authentication.AnonymousAuthenticationToken);
            return new AuthorizationDecision(signedIn && !isEnterprise(a));
        };
    }

    static boolean isEnterprise(Authentication a) {
        return a.getAuthorities().stream().anyMatch(g -> ENTERPRISE.equals(g.getAuthority()));
    }
}
