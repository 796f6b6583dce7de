package cn.safety.enforcement.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Uploads as {@code spring.servlet.multipart.*} sets them, with the upload directory made absolute and created at
 * start: the servlet container would read a relative one inside its own temporary directory (often a /tmp held in
 * memory), and refuses every upload into one that does not exist.
 */
@Configuration(proxyBeanMethods = false)
class UploadConfiguration {

    @Bean
    MultipartConfigElement multipartConfigElement(MultipartProperties properties) throws IOException {
        MultipartConfigElement set = properties.createMultipartConfig();
        String location = set.getLocation();
        if (location != null && !location.isBlank()) {
            Path directory = Path.of(location).toAbsolutePath().normalize();
            Files.createDirectories(directory);
            location = directory.toString();
        }
        return new MultipartConfigElement(location, set.getMaxFileSize(), set.getMaxRequestSize(),
                set.getFileSizeThreshold());
    }
}
