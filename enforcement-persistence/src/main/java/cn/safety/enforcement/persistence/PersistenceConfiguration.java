package cn.safety.enforcement.persistence;

import jakarta.persistence.EntityManagerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.orm.jpa.JpaTransactionManager;

/** The domain's entities are mapped here, and the repositories of this module implement the domain's ports. */
@Configuration(proxyBeanMethods = false)
@EntityScan(basePackages = "cn.safety.enforcement.domain")
@EnableJpaRepositories(basePackages = "cn.safety.enforcement.persistence")
@EnableConfigurationProperties(CacheSettings.class)
public class PersistenceConfiguration {

    /** JPA's transaction manager, translating a lost race on a version into {@code StaleVersion}. */
    @Bean
    JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
        return new StaleVersionTranslation(entityManagerFactory);
    }
}
