package cn.safety.enforcement.web.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTTP side of the list benchmarks (docs/benchmark.md): one connection with a bearer token per user, a warm-up of
 * every user's requests before any is timed, and the timing of one request: up to {@value #WARMUP} warm-up requests
 * ({@code 5 s} at most), then {@value #RUNS} measured ones (at least {@value #MIN_RUNS}, then until the budget is
 * spent). Every answer must be 200, or the benchmark fails.
 */
final class BenchmarkClient {

    static final int WARMUP = 50;
    static final int RUNS = 400;
    static final int MIN_RUNS = 40;
    private static final Duration WARMUP_BUDGET = Duration.ofSeconds(5);
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** What one request measured: the rows of its page and the percentiles of its answer time. */
    record Timing(int rows, int requests, double p50, double p95, double max) {

        /** The table's cells from {@code rows} on, e.g. {@code | 50 | 400 | 8.1 | 13.1 | 54.1 |}. */
        String cells() {
            return String.format(Locale.ROOT, "| %d | %d | %.1f | %.1f | %.1f |", rows, requests, p50, p95, max);
        }
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final ObjectMapper json = new ObjectMapper();
    private final String base;
    private final String password;
    private final Duration budget;

    BenchmarkClient(String base, String password, Duration budget) {
        this.base = base;
        this.password = password;
        this.budget = budget;
    }

    /** A bearer token from POST /api/v1/tokens, so that no request pays for a password check. */
    String token(String username) throws IOException, InterruptedException {
        String basic = "Basic " + Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .timeout(TIMEOUT).header("Authorization", basic).header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("token of %s: %s", username, r.body()).isEqualTo(201);
        return "Bearer " + json.readTree(r.body()).path("token").asString();
    }

    JsonNode getJson(String bearer, String path) throws IOException, InterruptedException {
        return json.readTree(send(get(bearer, path)).body());
    }

    /**
     * Sends every user's requests {@value #WARMUP} times before any is timed, so that the first user measured does not
     * pay for the server's warm-up (class loading, JIT compilation, the connection pools) alone.
     */
    void warmUp(Iterable<String> usernames, String... paths) throws IOException, InterruptedException {
        for (String username : usernames) {
            String bearer = token(username);
            for (int i = 0; i < WARMUP; i++) {
                for (String path : paths) {
                    send(get(bearer, path));
                }
            }
        }
    }

    Timing time(String bearer, String path) throws IOException, InterruptedException {
        HttpRequest request = get(bearer, path);
        int rows = json.readTree(send(request).body()).path("items").size();
        long warmupEnd = System.nanoTime() + WARMUP_BUDGET.toNanos();
        for (int i = 0; i < WARMUP && System.nanoTime() < warmupEnd; i++) {
            send(request);
        }
        long[] times = new long[RUNS];
        int n = 0;
        long end = System.nanoTime() + budget.toNanos();
        while (n < RUNS && (n < MIN_RUNS || System.nanoTime() < end)) {
            long start = System.nanoTime();
            send(request);
            times[n++] = System.nanoTime() - start;
        }
        times = Arrays.copyOf(times, n);
        Arrays.sort(times);
        return new Timing(rows, n, percentile(times, 50), percentile(times, 95), times[n - 1] / 1e6);
    }

    static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(sorted.length * p / 100.0) - 1;
        return sorted[Math.max(0, index)] / 1e6;
    }

    private HttpRequest get(String bearer, String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                .header("Accept", "application/json").header("Authorization", bearer).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = client.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as("%s", request.uri()).isEqualTo(200);
        return r;
    }
}
