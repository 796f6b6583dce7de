package cn.safety.enforcement.web.enterprise;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code enforcement.export.*}: the most rows an .xlsx export holds (a worksheet takes 1,048,576 and Excel grows slow
 * long before); the list says when its filter holds more, the file carries a note, and the CSV export has no limit.
 */
@ConfigurationProperties("enforcement.export")
record ExportProperties(@DefaultValue("100000") int xlsxMaxRows) {
}
