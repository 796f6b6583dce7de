package cn.safety.enforcement.web;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class ApplicationIT extends WebIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void the_demo_inspector_of_zhengding_is_who_the_api_says() throws Exception {
        HttpResponse<String> me = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/v1/me"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("zd-inspector:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"zd-inspector\"", "\"level\":\"COUNTY\"",
                "\"divisionCode\":\"130123\"", "正定县应急管理局");
    }

    @Test
    void the_login_page_is_served_in_chinese_with_security_headers() throws Exception {
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("安全生产监管执法系统", "_csrf");
        assertThat(login.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
        assertThat(login.headers().firstValue("X-Frame-Options")).contains("DENY");
    }
}
