package cn.safety.enforcement.web;

import cn.safety.enforcement.persistence.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the end-to-end tests: the whole application on a random port, over the real migrations on a real
 * PostgreSQL, with the demo departments, users and enterprises loaded. All subclasses share one context.
 */
@SpringBootTest(classes = EnforcementApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // every test signs in from 127.0.0.1, many with wrong passwords on purpose: the limit per client address is
        // tested on its own (ClientLimitIT)
        properties = "enforcement.login.per-client.max-failures=100000")
@Import(SqlStatements.Wiring.class)
public abstract class WebIT {

    public static final String PASSWORD = "Demo@2026";

    @LocalServerPort
    protected int port;

    /** Evidence files and uploads of the tests: a fresh directory per run, not the data directory. */
    public static final java.nio.file.Path FILES = files();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
        registry.add("enforcement.evidence.store-dir", () -> FILES.resolve("evidence").toString());
        registry.add("spring.servlet.multipart.location", () -> FILES.resolve("uploads").toString());
    }

    private static java.nio.file.Path files() {
        try {
            return java.nio.file.Files.createTempDirectory("enforcement-files-");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
