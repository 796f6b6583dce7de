package cn.safety.enforcement.persistence.embedded;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL server run from the binaries that {@code io.zonky.test.postgres} publishes on Maven Central, with
 * its data kept in a directory of ours so that it survives restarts.
 * <p>The server stops with the JVM, whenever it stops: a shutdown hook is registered before the server is started,
 * so that a SIGTERM while the application is still starting (unpacking, migrating, loading data) stops the server
 * too. Once an application has taken charge of the server ({@link #stopWithApplication}), the hook first gives it
 * time to finish its requests and close the server itself.
 * <p>PostgreSQL refuses to run as root. When the JVM runs as root (containers, CI), the server is run as the
 * unprivileged {@code nobody} account through {@code setpriv}, and its directories are handed to that account.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String UNPRIVILEGED = "65534";

    private final Path binaries;
    private final Path home;
    private final Path dataDirectory;
    private String password = "";
    private final int port;
    private final boolean asRoot;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Thread stopAtExit = new Thread(this::stopAtExit, "embedded-postgres-stop");
    private boolean stopped;
    private Duration applicationGrace = Duration.ZERO;

    private EmbeddedPostgresServer(Path binaries, Path home, Path dataDirectory, int port, boolean asRoot,
                                   FileChannel lockChannel, FileLock lock) {
        this.binaries = binaries;
        this.home = home;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asRoot = asRoot;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /**
     * Starts a server keeping its files in {@code directory} (created if needed), on {@code port} or, when it is 0, on
     * a free port. A server left running by a process that died is stopped first.
     */
    public static EmbeddedPostgresServer start(Path directory, int port) throws IOException {
        boolean asRoot = "root".equals(System.getProperty("user.name"));
        Path home = directory.toAbsolutePath().normalize();
        Files.createDirectories(home);
        if (asRoot && reachableByUnprivileged(home.getParent())) {
            runAsIs(List.of("chown", UNPRIVILEGED + ":" + UNPRIVILEGED, home.toString()), 30);
        } else if (asRoot) {
            Path fallback = Path.of("/var/tmp/enforcement-postgres", digest(home.toString()).substring(0, 16));
            log.warn("{} cannot be reached by an unprivileged account, so the database files are kept in {}",
                    home, fallback);
            home = fallback;
            Files.createDirectories(home);
        }
        Path lockFile = home.resolve("embedded.lock");
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock();
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("The database directory " + home
                    + " is in use by another running instance of the application.");
        }
        Path binaries = extractBinaries(asRoot);
        Path data = home.resolve("pgdata");
        int chosenPort = port == 0 ? freePort() : port;
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(binaries, home, data, chosenPort, asRoot, channel,
                lock);
        try {
            Runtime.getRuntime().addShutdownHook(server.stopAtExit);
        } catch (IllegalStateException shuttingDown) {
            server.releaseLock();
            throw new IllegalStateException("The application is stopping: the database server is not started",
                    shuttingDown);
        }
        try {
            server.initAndStart();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    private void initAndStart() throws IOException {
        Path passwordFile = home.resolve("password");
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            // even on loopback, other local accounts must not reach the database: a random password, kept 0600
            byte[] secret = new byte[24];
            new SecureRandom().nextBytes(secret);
            String generated = HexFormat.of().formatHex(secret);
            Files.writeString(passwordFile, generated, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(passwordFile, PosixFilePermissions.fromString("rw-------"));
            Path pwfile = home.resolve("initdb.pw");
            Files.writeString(pwfile, generated, StandardCharsets.UTF_8);
            Files.setPosixFilePermissions(pwfile, PosixFilePermissions.fromString("rw-------"));
            Files.createDirectories(dataDirectory);
            handOver(dataDirectory);
            handOver(pwfile);
            try {
                // C collation (fast, stable order) with a Unicode character type, so that pg_trgm indexes Chinese
                // names; where the C.UTF-8 locale is missing, plain C
                try {
                    initdb(pwfile, "--locale=C", "--lc-ctype=C.UTF-8");
                } catch (IOException noUtf8Locale) {
                    log.warn("The C.UTF-8 locale is not available; name search will not use its index for Chinese");
                    deleteContents(dataDirectory);
                    initdb(pwfile, "--no-locale");
                }
            } finally {
                Files.deleteIfExists(pwfile);
            }
        } else {
            handOver(dataDirectory);
        }
        if (Files.exists(passwordFile)) {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).strip();
        }
        if (Files.exists(dataDirectory.resolve("postmaster.pid"))) {
            log.info("Stopping a database server left running by an earlier process");
            runQuietly(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w"));
        }
        Path logFile = dataDirectory.resolve("server.log");
        String options = "-p " + port + " -h 127.0.0.1 -c unix_socket_directories= -c timezone=UTC"
                + " -c max_connections=200 -c shared_buffers=256MB -c fsync=on";
        // under the lock that close() takes: a stop asked for meanwhile waits until the server can be stopped, and a
        // stop asked for before keeps it from starting at all
        synchronized (this) {
            if (stopped) {
                throw new IOException("the application is stopping: the database server is not started");
            }
            run(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "-o", options, "-l", logFile.toString(),
                    "-w", "-t", "120", "start"), 150);
        }
        try (Connection c = connect("postgres"); Statement st = c.createStatement()) {
            st.execute("SELECT 1");
        } catch (SQLException e) {
            throw new IOException("the database server started but does not answer", e);
        }
        log.info("Embedded PostgreSQL is running on 127.0.0.1:{} with its data in {}", port, dataDirectory);
    }

    private void initdb(Path pwfile, String... locale) throws IOException {
        List<String> command = new ArrayList<>(List.of(bin("initdb"), "-A", "scram-sha-256", "--pwfile=" + pwfile,
                "-U", "postgres", "-E", "UTF8"));
        command.addAll(List.of(locale));
        command.addAll(List.of("-D", dataDirectory.toString()));
        run(command, 120);
    }

    private static void deleteContents(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Creates {@code name} unless it exists. */
    public void createDatabase(String name) throws IOException {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + name);
        }
        try (Connection c = connect("postgres");
             PreparedStatement exists = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, name);
            try (ResultSet rs = exists.executeQuery()) {
                if (!rs.next()) {
                    try (Statement st = c.createStatement()) {
                        st.execute("CREATE DATABASE " + name);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the database " + name, e);
        }
    }

    private Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), "postgres", password);
    }

    public String username() {
        return "postgres";
    }

    /** The superuser's password, generated at initdb; empty for a data directory made before passwords were set. */
    public String password() {
        return password;
    }

    /**
     * The application has taken charge of the server and closes it when it stops, after its last requests. When the
     * JVM is stopped (SIGTERM), the server waits up to {@code grace} for that before it stops by itself.
     */
    public synchronized void stopWithApplication(Duration grace) {
        applicationGrace = grace;
    }

    /** Stops the server (fast: open sessions are ended) and releases the data directory; again, it does nothing. */
    @Override
    public synchronized void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        notifyAll();
        runQuietly(List.of(bin("pg_ctl"), "-D", dataDirectory.toString(), "stop", "-m", "fast", "-w", "-t", "30"));
        releaseLock();
        if (Thread.currentThread() != stopAtExit) {
            try {
                Runtime.getRuntime().removeShutdownHook(stopAtExit);
            } catch (IllegalStateException shuttingDown) {
                // the hook runs, finds the server stopped and returns
            }
        }
    }

    private void stopAtExit() {
        synchronized (this) {
            long deadline = System.nanoTime() + applicationGrace.toNanos();
            long left;
            while (!stopped && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(this, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        close();
    }

    private void releaseLock() {
        try {
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            log.debug("releasing the data directory lock", e);
        }
    }

    private String bin(String name) {
        return binaries.resolve("bin").resolve(name).toString();
    }

    private void handOver(Path path) throws IOException {
        if (asRoot) {
            runAsIs(List.of("chown", "-R", UNPRIVILEGED + ":" + UNPRIVILEGED, path.toString()), 60);
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "rwx------" : "rw-------"));
    }

    private List<String> command(List<String> command) {
        if (!asRoot) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of("setpriv", "--reuid=" + UNPRIVILEGED,
                "--regid=" + UNPRIVILEGED, "--clear-groups", "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private void run(List<String> command, int timeoutSeconds) throws IOException {
        runAsIs(command(command), timeoutSeconds);
    }

    private void runQuietly(List<String> command) {
        try {
            run(command, 60);
        } catch (IOException | RuntimeException e) {
            log.debug("{} failed: {}", command, e.getMessage());
        }
    }

    private static void runAsIs(List<String> command, int timeoutSeconds) throws IOException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        int exit = waitFor(p, timeoutSeconds, command);
        if (exit != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + exit + ":\n"
                    + new String(out, StandardCharsets.UTF_8));
        }
    }

    private static int waitFor(Process p, int timeoutSeconds, List<String> command) throws IOException {
        try {
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command + " did not finish within " + timeoutSeconds + " s");
            }
            return p.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static boolean reachableByUnprivileged(Path dir) {
        try {
            Process p = new ProcessBuilder("setpriv", "--reuid=" + UNPRIVILEGED, "--regid=" + UNPRIVILEGED,
                    "--clear-groups", "--", "test", "-x", dir.toString()).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            throw new IllegalStateException("Running as root needs setpriv (util-linux) to start PostgreSQL as an"
                    + " unprivileged account", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Unpacks the server binaries once per version into the temporary directory, readable by every account. */
    private static Path extractBinaries(boolean asRoot) throws IOException {
        String arch = System.getProperty("os.arch");
        String machine = "amd64".equals(arch) ? "x86_64" : arch;
        byte[] archive;
        try (InputStream in = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", machine)) {
            archive = in.readAllBytes();
        }
        Path target = Path.of(System.getProperty("java.io.tmpdir"), "enforcement-postgres-" + digest(archive));
        Path marker = target.resolve(".complete");
        if (Files.exists(marker)) {
            return target;
        }
        Path staging = Files.createTempDirectory(target.getParent(), "enforcement-postgres-staging-");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(
                new ByteArrayInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = staging.resolve(entry.getName()).normalize();
                if (!out.startsWith(staging)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    boolean executable = (entry.getMode() & 0100) != 0 || entry.getName().contains("bin/");
                    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString(
                            executable ? "rwxr-xr-x" : "rw-r--r--"));
                }
            }
        }
        try (var dirs = Files.walk(staging)) {
            for (Path d : dirs.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(d, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.createFile(staging.resolve(".complete"));
        try {
            Files.move(staging, target);
        } catch (IOException alreadyThere) {
            // another process unpacked the same version at the same time: use theirs
            if (!Files.exists(marker)) {
                throw alreadyThere;
            }
        }
        return target;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static String digest(String text) {
        return digest(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
