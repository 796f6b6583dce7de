package cn.safety.enforcement.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

/** 安全生产监管执法 case management: one command starts it, with its own PostgreSQL unless one is configured. */
@SpringBootApplication(scanBasePackages = "cn.safety.enforcement")
@EnableScheduling
public class EnforcementApplication {

    public static void main(String[] args) {
        SpringApplication.run(EnforcementApplication.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
