package cn.safety.enforcement.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** 安全生产监管执法 case management: one command starts it, with its own PostgreSQL unless one is configured. */
@SpringBootApplication(scanBasePackages = "cn.safety.enforcement")
@EnableConfigurationProperties({ApplicationProperties.class, cn.safety.enforcement.web.bootstrap.ToolProperties.class})
public class EnforcementApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnforcementApplication.class, args);
    }

    /** Legal days are counted in the departments' own time zone (Beijing time unless configured otherwise). */
    @Bean
    Clock clock(ApplicationProperties settings) {
        return Clock.system(settings.timeZone());
    }
}
