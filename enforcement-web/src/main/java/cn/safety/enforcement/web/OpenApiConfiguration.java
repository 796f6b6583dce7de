package cn.safety.enforcement.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's OpenAPI document: title, and HTTP Basic with the same accounts as the pages. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI enforcementApi() {
        return new OpenAPI()
                .info(new Info().title("安全生产监管执法 API").version("v1")
                        .description("Enterprise registry and jurisdiction of the work-safety enforcement departments."
                                + " Every call sees only what the caller's department may see; errors are RFC 9457"
                                + " problem details, validation errors list `errors: [{field, message}]`."))
                .components(new Components().addSecuritySchemes("basic",
                        new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
