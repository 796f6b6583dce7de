package cn.safety.enforcement.web.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * The limits of the bulk import ({@code enforcement.import.*}): rows per file, the size of an uploaded file and of the
 * whole request (every upload but evidence is held to them), how many rejected rows the page shows, and how long the
 * whole error report is kept for download.
 */
@ConfigurationProperties("enforcement.import")
public record ImportProperties(@DefaultValue("200000") int maxRows, @DefaultValue("64MB") DataSize maxFileSize,
                               @DefaultValue("65MB") DataSize maxRequestSize,
                               @DefaultValue("100") int shownRejections, @DefaultValue("PT1H") Duration reportKeptFor) {
}
