package cn.safety.enforcement.web.token;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.token.ApiTokenService;
import cn.safety.enforcement.web.security.ApiTokenAuthentication;
import cn.safety.enforcement.web.security.ApiTokenProperties;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;

@RestController
@RequestMapping("/api/v1/tokens")
@Tag(name = "tokens", description = "Bearer tokens: one password check, then cheap calls until expiry or revocation")
class TokenApi {

    private final ApiTokenService tokens;
    private final ApiTokenProperties properties;

    TokenApi(ApiTokenService tokens, ApiTokenProperties properties) {
        this.tokens = tokens;
        this.properties = properties;
    }

    record IssuedToken(String token, Instant expiresAt) {
    }

    @PostMapping
    @Operation(summary = "Issue a bearer token to the account whose HTTP Basic credentials are given",
            description = "Send it as `Authorization: Bearer <token>`. It is shown once; only its SHA-256 is kept. It"
                    + " dies at `expiresAt`, when revoked, or when the account is disabled or its password or roles"
                    + " change. A token cannot issue another token.",
            security = @SecurityRequirement(name = "basic"))
    @ApiResponse(responseCode = "201", description = "the token and when it expires")
    @ApiResponse(responseCode = "401", description = "wrong credentials (counted toward the lock) or locked name")
    @ApiResponse(responseCode = "403", description = "called with a token instead of a password")
    @ApiResponse(responseCode = "429", description = "too many failed sign-ins from this client address")
    ResponseEntity<IssuedToken> issue(@AuthenticationPrincipal EnforcementUser user, HttpServletRequest request) {
        ApiTokenService.IssuedToken issued = tokens.issue(user.actor(), properties.lifetime(), request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/api/v1/tokens/current"))
                .cacheControl(CacheControl.noStore())
                .body(new IssuedToken(issued.token(), issued.expiresAt()));
    }

    @DeleteMapping("/current")
    @Operation(summary = "Revoke the bearer token this request is made with",
            security = @SecurityRequirement(name = "bearer"))
    @ApiResponse(responseCode = "204", description = "revoked: the token is refused from now on, on every node")
    @ApiResponse(responseCode = "400", description = "the request was not made with a token")
    ResponseEntity<Void> revokeCurrent(@AuthenticationPrincipal EnforcementUser user, Authentication authentication) {
        if (!(authentication instanceof ApiTokenAuthentication token)) {
            throw new RuleViolation(null, "api.token.notUsed");
        }
        tokens.revoke(user.actor(), token.tokenId());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }
}
