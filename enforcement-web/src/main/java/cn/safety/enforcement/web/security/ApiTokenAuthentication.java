package cn.safety.enforcement.web.security;

import org.springframework.security.authentication.AbstractAuthenticationToken;

import java.io.Serial;

/** A caller signed in to the API with a bearer token: the account, and which token, so that it can be revoked. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final EnforcementUser user;
    private final long tokenId;

    ApiTokenAuthentication(EnforcementUser user, long tokenId) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        setAuthenticated(true);
    }

    public long tokenId() {
        return tokenId;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public EnforcementUser getPrincipal() {
        return user;
    }
}
