package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/** Health is public; the JVM metrics (heap under load) are for a signed-in admin only. */
class ActuatorIT extends EndToEndIT {

    private static final String HEAP_USED = "/actuator/metrics/jvm.memory.used?tag=area:heap";

    @Test
    void anyone_may_ask_for_health() {
        Http.Response health = anonymous().get("/actuator/health", "application/json");
        expect(health, 200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void an_admin_reads_the_heap_used_and_its_maximum() {
        Http.Browser admin = browser("admin");

        JsonNode used = Http.JSON.readTree(admin.page(HEAP_USED));
        JsonNode max = Http.JSON.readTree(admin.page("/actuator/metrics/jvm.memory.max?tag=area:heap"));

        assertThat(used.path("name").asString()).isEqualTo("jvm.memory.used");
        assertThat(used.path("measurements").get(0).path("value").asDouble()).isPositive();
        assertThat(max.path("measurements").get(0).path("value").asDouble()).isPositive();
    }

    @Test
    void an_inspector_and_a_stranger_do_not_read_the_metrics() {
        expect(browser("zd-inspector").get(HEAP_USED), 403);
        Http.Response anonymous = signedOutBrowser().get(HEAP_USED);
        expect(anonymous, 302);
        assertThat(anonymous.location()).startsWith("/login");
        assertThat(api("admin").get("/actuator/metrics").status()).isNotEqualTo(200);
    }
}
