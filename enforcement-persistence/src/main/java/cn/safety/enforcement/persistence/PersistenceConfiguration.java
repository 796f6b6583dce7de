package cn.safety.enforcement.persistence;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The domain's entities are mapped here, and the repositories of this module implement the domain's ports. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "cn.safety.enforcement.domain")
@EnableJpaRepositories(basePackages = "cn.safety.enforcement.persistence")
@EnableConfigurationProperties(CacheSettings.class)
public class PersistenceConfiguration {
}
