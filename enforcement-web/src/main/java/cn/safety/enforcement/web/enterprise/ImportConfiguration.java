package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.ImportLimits;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportProperties.class)
class ImportConfiguration {

    @Bean
    ImportLimits importLimits(ImportProperties properties) {
        return new ImportLimits(properties.shownRejections(), properties.reportKeptFor());
    }
}
