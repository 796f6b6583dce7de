package cn.safety.enforcement.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.time.ZoneId;

/** 安全生产监管执法 case management: one command starts it, with its own PostgreSQL unless one is configured. */
@SpringBootApplication(scanBasePackages = "cn.safety.enforcement")
public class EnforcementApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnforcementApplication.class, args);
    }

    /** Legal days are counted in the departments' own time zone (Beijing time unless configured otherwise). */
    @Bean
    Clock clock(@Value("${enforcement.time-zone:Asia/Shanghai}") ZoneId zone) {
        return Clock.system(zone);
    }
}
