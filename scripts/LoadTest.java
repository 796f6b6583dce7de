import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load benchmark of a running application: requests per second at a fixed number of connections, p50/p95
 * latency, and the JVM heap and resident memory under that load, for /actuator/health, the enterprise list of the
 * API as a county inspector and as the province admin, the HTML list page, and two-character name searches.
 * Throughputs are also given as ratios to /actuator/health of the same run, so that machines can be compared.
 *
 * <p>Run with {@code java scripts/LoadTest.java --base=http://127.0.0.1:8080 --pid=<application pid>}; the JDK runs
 * this file as it is, nothing is downloaded. Options: {@code --connections=8 --warmup=5 --duration=20} (seconds per
 * target), {@code --password=Demo@2026}.
 */
public class LoadTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MEASUREMENT = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");
    private static final Pattern VM_RSS = Pattern.compile("VmRSS:\\s+(\\d+) kB");

    private final String base;
    private final long pid;
    private final int connections;
    private final int warmup;
    private final int duration;
    private final String password;
    private final HttpClient api = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final Map<String, String> authorizations = new LinkedHashMap<>();

    private LoadTest(Map<String, String> options) {
        base = options.getOrDefault("base", "http://127.0.0.1:8080").replaceAll("/$", "");
        pid = Long.parseLong(options.getOrDefault("pid", "0"));
        connections = Integer.parseInt(options.getOrDefault("connections", "8"));
        warmup = Integer.parseInt(options.getOrDefault("warmup", "5"));
        duration = Integer.parseInt(options.getOrDefault("duration", "20"));
        password = options.getOrDefault("password", "Demo@2026");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String a : args) {
            if (!a.startsWith("--") || !a.contains("=")) {
                throw new IllegalArgumentException("options are --name=value: " + a);
            }
            options.put(a.substring(2, a.indexOf('=')), a.substring(a.indexOf('=') + 1));
        }
        new LoadTest(options).run();
    }

    /** What one target measured. */
    private record Result(String target, double perSecond, double p50, double p95, long errors, long heapUsedMax,
                          long heapCommittedMax, long heapMax, long rssMax) {
    }

    private void run() throws Exception {
        Browser admin = Browser.signedIn(base, "admin", password);
        String county = authorization("zd-inspector");
        String province = authorization("admin");

        Map<String, Supplier<Sender>> targets = new LinkedHashMap<>();
        targets.put("GET /actuator/health", () -> plain("/actuator/health", null));
        targets.put("API list, county inspector (zd-inspector)", () -> plain("/api/v1/enterprises", county));
        targets.put("API list, province admin (admin)", () -> plain("/api/v1/enterprises", province));
        targets.put("HTML list page, province admin", () -> Browser.signedIn(base, "admin", password)
                .sender("/enterprises"));
        targets.put("API search q=测试 (2 chars, rare), province", () -> plain(
                "/api/v1/enterprises?q=" + encode("测试"), province));
        targets.put("API search q=化工 (2 chars, common), province", () -> plain(
                "/api/v1/enterprises?q=" + encode("化工"), province));

        System.out.printf("Load test of %s: %d connections, %d s warm-up and %d s measured per target%n",
                base, connections, warmup, duration);
        System.out.printf("API sign-in: %s%n%n", authorizations.values().stream().allMatch(a -> a.startsWith("Bearer"))
                ? "tokens from POST /api/v1/tokens" : "HTTP Basic (POST /api/v1/tokens did not answer 201)");
        List<Result> results = new ArrayList<>();
        for (Map.Entry<String, Supplier<Sender>> t : targets.entrySet()) {
            results.add(measure(t.getKey(), t.getValue(), admin));
        }
        print(results);
    }

    private String authorization(String username) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens")).timeout(TIMEOUT)
                .header("Authorization", basic).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(r.body());
        String chosen = r.statusCode() == 201 && token.find() ? "Bearer " + token.group(1) : basic;
        authorizations.put(username, chosen);
        return chosen;
    }

    /** Sends one request and answers whether it succeeded (200). */
    private interface Sender {
        boolean send() throws IOException, InterruptedException;
    }

    private Sender plain(String path, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpRequest request = b.GET().build();
        return () -> api.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    }

    private Result measure(String target, Supplier<Sender> senders, Browser admin) throws Exception {
        List<Sender> perConnection = new ArrayList<>();
        for (int i = 0; i < connections; i++) {
            perConnection.add(senders.get());
        }
        if (!perConnection.get(0).send()) {
            System.out.printf("%s does not answer 200; measured anyway, see the errors column%n", target);
        }
        long warmupEnd = System.nanoTime() + warmup * 1_000_000_000L;
        long end = warmupEnd + duration * 1_000_000_000L;
        List<List<Long>> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch(connections);
        for (Sender sender : perConnection) {
            List<Long> mine = new ArrayList<>();
            latencies.add(mine);
            Thread worker = new Thread(() -> {
                try {
                    while (true) {
                        long started = System.nanoTime();
                        if (started >= end) {
                            break;
                        }
                        boolean ok;
                        try {
                            ok = sender.send();
                        } catch (IOException e) {
                            ok = false;
                        }
                        long finished = System.nanoTime();
                        if (started >= warmupEnd && finished <= end) {
                            if (ok) {
                                mine.add(finished - started);
                            } else {
                                errors.incrementAndGet();
                            }
                        }
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    done.countDown();
                }
            });
            worker.setDaemon(true);
            worker.start();
        }
        long[] memory = new long[4];
        while (!done.await(1, java.util.concurrent.TimeUnit.SECONDS)) {
            if (System.nanoTime() >= warmupEnd) {
                sampleMemory(admin, memory);
            }
        }
        List<Long> all = new ArrayList<>();
        latencies.forEach(all::addAll);
        all.sort(null);
        double perSecond = all.size() / (double) duration;
        return new Result(target, perSecond, percentile(all, 50), percentile(all, 95), errors.get(), memory[0],
                memory[1], memory[2], memory[3]);
    }

    /** Keeps the highest heap used/committed/max (actuator, as the admin) and resident set size (/proc) seen. */
    private void sampleMemory(Browser admin, long[] max) {
        max[0] = Math.max(max[0], admin.metric("jvm.memory.used"));
        max[1] = Math.max(max[1], admin.metric("jvm.memory.committed"));
        max[2] = Math.max(max[2], admin.metric("jvm.memory.max"));
        max[3] = Math.max(max[3], rss());
    }

    private long rss() {
        if (pid <= 0) {
            return -1;
        }
        try {
            Matcher m = VM_RSS.matcher(Files.readString(Path.of("/proc", String.valueOf(pid), "status")));
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static double percentile(List<Long> sorted, int p) {
        if (sorted.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(sorted.size() * p / 100.0) - 1;
        return sorted.get(Math.max(0, index)) / 1_000_000.0;
    }

    private void print(List<Result> results) {
        double health = results.get(0).perSecond();
        System.out.println();
        System.out.println("| target | req/s | ratio to health | p50 ms | p95 ms | errors | heap used max MB"
                + " | heap committed MB | heap max MB | RSS max MB |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.4f | %.1f | %.1f | %d | %s | %s | %s | %s |%n",
                    r.target(), r.perSecond(), r.perSecond() / health, r.p50(), r.p95(), r.errors(),
                    mb(r.heapUsedMax()), mb(r.heapCommittedMax()), mb(r.heapMax()), mb(r.rssMax()));
        }
        long heapUsed = results.stream().mapToLong(Result::heapUsedMax).max().orElse(-1);
        long heapMax = results.stream().mapToLong(Result::heapMax).max().orElse(-1);
        long rss = results.stream().mapToLong(Result::rssMax).max().orElse(-1);
        System.out.printf("%nHighest heap used %s MB of a %s MB maximum; highest RSS %s MB.%n",
                mb(heapUsed), mb(heapMax), mb(rss));
    }

    private static String mb(long bytes) {
        return bytes <= 0 ? "n/a" : String.valueOf(Math.round(bytes / 1024.0 / 1024.0));
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** A browser session: the login form with its CSRF token, then the session cookie on every request. */
    private static final class Browser {

        private final String base;
        private final HttpClient client;

        private Browser(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        static Browser signedIn(String base, String username, String password) {
            Browser b = new Browser(base);
            try {
                String login = b.client.send(b.get("/login"), HttpResponse.BodyHandlers.ofString()).body();
                Matcher csrf = CSRF.matcher(login);
                if (!csrf.find()) {
                    throw new IllegalStateException("no CSRF token on the login page");
                }
                String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf="
                        + encode(csrf.group(1) != null ? csrf.group(1) : csrf.group(2));
                HttpResponse<Void> r = b.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                        .timeout(TIMEOUT).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
                String location = r.headers().firstValue("Location").orElse("");
                if (r.statusCode() != 302 || location.contains("/login")) {
                    throw new IllegalStateException("sign-in of " + username + " refused: " + r.statusCode() + " "
                            + location);
                }
                return b;
            } catch (IOException e) {
                throw new IllegalStateException("sign-in of " + username, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        HttpRequest get(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build();
        }

        Sender sender(String path) {
            HttpRequest request = get(path);
            return () -> client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        }

        /** The heap value of a JVM memory metric, in bytes; -1 when it cannot be read. */
        long metric(String name) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(
                                URI.create(base + "/actuator/metrics/" + name + "?tag=area:heap")).timeout(TIMEOUT)
                        .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
                Matcher m = MEASUREMENT.matcher(r.body());
                return r.statusCode() == 200 && m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
            } catch (IOException e) {
                return -1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return -1;
            }
        }
    }
}
