package cn.safety.enforcement.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The built application, run as a process of its own on a fresh data directory, stopped while it is still starting:
 * whenever it stops, the embedded PostgreSQL it started stops with it. The server is identified by the pid in
 * {@code postmaster.pid} of that data directory only.
 */
class EmbeddedDatabaseLifecycleIT {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private Path dataDir;
    private Process app;
    private long postgresPid;

    @BeforeEach
    void freshDataDirectory() throws IOException {
        dataDir = Files.createTempDirectory("enforcement-lifecycle-");
        // reachable by the unprivileged account the server runs as when the tests run as root
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterEach
    void leaveNothingRunning() throws Exception {
        if (app != null && app.isAlive()) {
            app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (postgresPid > 0) {
            // only when a test failed: the server this test's application left behind, by its pid
            postgresProcess(postgresPid).ifPresent(ProcessHandle::destroy);
            await(Duration.ofSeconds(30), () -> postgresProcess(postgresPid).isEmpty());
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void a_sigterm_right_after_the_database_server_appeared_stops_the_server_too() throws Exception {
        app = launch();

        postgresPid = awaitPostgresPid();
        app.destroy();

        assertStoppedTogether();
    }

    @Test
    void a_sigterm_while_the_schema_and_demo_data_are_loaded_stops_the_server_too() throws Exception {
        app = launch();
        postgresPid = awaitPostgresPid();
        assertThat(await(START_TIMEOUT, () -> log().contains("Embedded PostgreSQL is running")))
                .as("the application reports its database server running:\n%s", log()).isTrue();
        assertThat(log()).doesNotContain("Started EnforcementApplication");

        app.destroy();

        assertStoppedTogether();
    }

    @Test
    void a_start_that_fails_stops_the_server_it_started() throws Exception {
        // every connection the pool opens fails, so the first migration fails and the context refresh with it
        app = launch("--spring.datasource.hikari.connection-init-sql=SELECT no_such_column");
        postgresPid = awaitPostgresPid();

        assertThat(app.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS))
                .as("the application gives up:\n%s", log()).isTrue();
        assertThat(app.exitValue()).as(log()).isNotZero();
        assertThat(log()).contains("no_such_column");
        assertStoppedTogether();
    }

    private void assertStoppedTogether() throws InterruptedException {
        assertThat(app.waitFor(2, TimeUnit.MINUTES)).as("the application stops:\n%s", log()).isTrue();
        assertThat(await(Duration.ofSeconds(20), () -> postgresProcess(postgresPid).isEmpty()))
                .as("the database server %d of %s is still running after the application stopped:\n%s",
                        postgresPid, dataDir, log())
                .isTrue();
        postgresPid = 0;
    }

    private Process launch(String... extraArguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx256m", "-jar", jar().toString(),
                "--enforcement.data-dir=" + dataDir, "--spring.main.banner-mode=off", "--server.port=0"));
        command.addAll(List.of(extraArguments));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("app.log").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .start();
    }

    /** The pid the application's database server wrote into its data directory, as soon as it is there. */
    private long awaitPostgresPid() {
        Path pidFile = dataDir.resolve("postgres").resolve("pgdata").resolve("postmaster.pid");
        long[] pid = {0};
        boolean appeared = await(START_TIMEOUT, () -> {
            pid[0] = firstLineNumber(pidFile).orElse(0);
            return pid[0] > 0 || !app.isAlive();
        });
        assertThat(appeared && pid[0] > 0).as("a database server starts in %s:\n%s", dataDir, log()).isTrue();
        return pid[0];
    }

    private static OptionalLong firstLineNumber(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            return end > 0 ? OptionalLong.of(Long.parseLong(text.substring(0, end).strip())) : OptionalLong.empty();
        } catch (IOException | NumberFormatException notYet) {
            return OptionalLong.empty();
        }
    }

    /** The live process of that pid, if it is a PostgreSQL server (a reused pid is not ours). */
    private static Optional<ProcessHandle> postgresProcess(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
    }

    private String log() {
        try {
            String text = Files.readString(dataDir.resolve("app.log"), StandardCharsets.UTF_8);
            return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static boolean await(Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }

    private static String java() {
        return ProcessHandle.current().info().command().orElse(
                Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /** The runnable jar that {@code package} built before the integration tests. */
    private static Path jar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("enforcement-web-.*\\.jar"))
                    .filter(p -> !p.getFileName().toString().contains("-sources"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no runnable jar in target: run mvn verify"));
        }
    }
}
