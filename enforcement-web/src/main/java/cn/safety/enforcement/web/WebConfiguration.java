package cn.safety.enforcement.web;

import cn.safety.enforcement.domain.account.PasswordPolicy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import java.time.Duration;
import java.util.Locale;

/** Chinese first: pages speak 简体中文 unless the user picks English with {@code ?lang=en}. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("lang");
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change);
    }

    @Bean
    cn.safety.enforcement.domain.account.LoginLimits loginLimits(ApplicationProperties settings) {
        return new cn.safety.enforcement.domain.account.LoginLimits(settings.login().maxFailures(),
                settings.login().lock());
    }

    /** Production refuses the demo passwords everywhere a password is set. */
    @Bean
    PasswordPolicy passwordPolicy(ApplicationProperties settings) {
        return new PasswordPolicy(!settings.demo().enabled());
    }
}
