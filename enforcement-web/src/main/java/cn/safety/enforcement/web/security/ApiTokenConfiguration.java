package cn.safety.enforcement.web.security;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The settings of sign-in limits per client and of API tokens. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ClientSignInLimit.class, ApiTokenProperties.class})
class ApiTokenConfiguration {
}
