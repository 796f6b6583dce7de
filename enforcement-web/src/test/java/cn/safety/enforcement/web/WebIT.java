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

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        TestDatabase.register(registry);
    }

    protected String base() {
        return "http://localhost:" + port;
    }
}
