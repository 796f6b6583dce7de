package cn.safety.enforcement.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI document: title, and two ways in with the same accounts as the pages: a bearer token from
 * {@code POST /api/v1/tokens} (cheap to check, for terminals and integrations) or HTTP Basic on each call.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI enforcementApi() {
        return new OpenAPI()
                .info(new Info().title("安全生产监管执法 API").version("v1")
                        .description("Enterprise registry and jurisdiction of the work-safety enforcement departments."
                                + " Every call sees only what the caller's department may see; errors are RFC 9457"
                                + " problem details, validation errors list `errors: [{field, message}]`."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").bearerFormat("opaque")
                                .description("A token from POST /api/v1/tokens; it expires, and is revoked by"
                                        + " DELETE /api/v1/tokens/current or by a change to the account."))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("basic").description("Username and password on every call (a password"
                                        + " hash check each time: for occasional scripts).")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
