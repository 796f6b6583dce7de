package cn.safety.enforcement.persistence;

import cn.safety.enforcement.persistence.embedded.EmbeddedPostgresServer;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one real PostgreSQL server of a test run: a Testcontainers container where a Docker engine answers, otherwise
 * the embedded server in a fresh temporary directory. Tests register it with {@link #register}; Flyway then applies the
 * real migrations to it.
 */
public final class TestDatabase {

    private static String url;
    private static String username;
    private static String password;

    private TestDatabase() {
    }

    public static synchronized void register(DynamicPropertyRegistry registry) {
        if (url == null) {
            start();
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> username);
        registry.add("spring.datasource.password", () -> password);
    }

    /**
     * A separate, empty database on the same server, for tests that need a first start of their own (production
     * mode, with no demo data).
     */
    public static synchronized void registerFresh(DynamicPropertyRegistry registry, String database) {
        String freshUrl = createFresh(database);
        registry.add("spring.datasource.url", () -> freshUrl);
        registry.add("spring.datasource.username", () -> username);
        registry.add("spring.datasource.password", () -> password);
    }

    /** A separate, empty database on the same server, for a test that applies the migrations itself. */
    public static synchronized javax.sql.DataSource freshDataSource(String database) {
        return new org.springframework.jdbc.datasource.DriverManagerDataSource(createFresh(database), username,
                password);
    }

    private static String createFresh(String database) {
        if (url == null) {
            start();
        }
        String serverUrl = url.substring(0, url.lastIndexOf('/') + 1);
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(serverUrl + "postgres", username, password);
             java.sql.Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("could not create the test database " + database, e);
        }
        return serverUrl + database;
    }

    private static void start() {
        if (dockerAvailable()) {
            PostgreSQLContainer container = new PostgreSQLContainer("postgres:17-alpine");
            container.start();
            url = container.getJdbcUrl();
            username = container.getUsername();
            password = container.getPassword();
            return;
        }
        try {
            Path dir = Files.createTempDirectory("enforcement-test-db-");
            EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dir, 0);
            server.createDatabase("enforcement_test");
            url = server.jdbcUrl("enforcement_test");
            username = server.username();
            password = server.password();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean dockerAvailable() {
        if ("false".equals(System.getProperty("enforcement.test.docker"))) {
            return false;
        }
        boolean configured = System.getenv("DOCKER_HOST") != null
                || Files.exists(Path.of("/var/run/docker.sock"))
                || Files.exists(Path.of(System.getProperty("user.home"), ".docker", "run", "docker.sock"));
        if (!configured) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
