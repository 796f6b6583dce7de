package cn.safety.enforcement.web.e2e;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Small HTTP clients for the tests: the API with HTTP Basic, and a browser with a session cookie and CSRF tokens. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PROBLEM_JSON = "application/problem+json";
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private Http() {
    }

    /** What came back: status, headers and the body as bytes, text or JSON. */
    record Response(String method, URI uri, int status, HttpHeaders headers, byte[] bytes) {

        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return JSON.readTree(body());
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        Optional<String> header(String name) {
            return headers.firstValue(name);
        }

        /** The path (and query) of the Location header, whether the server sent it absolute or relative. */
        String location() {
            String location = headers.firstValue("Location").orElseThrow(
                    () -> new AssertionError(method + " " + uri + " answered " + status + " without a Location"));
            URI target = uri.resolve(location);
            return target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        }

        @Override
        public String toString() {
            String text = body();
            return method + " " + uri + " -> " + status + " " + contentType() + "\n"
                    + (text.length() > 2000 ? text.substring(0, 2000) + "..." : text);
        }
    }

    /** Asserts the status, showing the whole exchange when it differs. */
    static Response expect(Response response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        return response;
    }

    /** Asserts an RFC 9457 problem with the given status, and returns its JSON. */
    static JsonNode problem(Response response, int status) {
        expect(response, status);
        assertThat(response.contentType()).as("%s", response).startsWith(PROBLEM_JSON);
        JsonNode problem = response.json();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(text(problem, "title")).as("title of %s", response).isNotBlank();
        assertThat(text(problem, "detail")).as("detail of %s", response).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "trace");
        return problem;
    }

    /** The messages of the problem's {@code errors} for {@code field}. */
    static List<String> errorsFor(JsonNode problem, String field) {
        List<String> messages = new ArrayList<>();
        for (JsonNode e : problem.path("errors").values()) {
            if (field.equals(text(e, "field"))) {
                messages.add(text(e, "message"));
            }
        }
        return messages;
    }

    /** The fields named in the problem's {@code errors}, in order, repeated as often as they occur. */
    static List<String> errorFields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        for (JsonNode e : problem.path("errors").values()) {
            fields.add(text(e, "field"));
        }
        return fields;
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static Response send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Response(request.method(), request.uri(), r.statusCode(), r.headers(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON API as one user, with HTTP Basic on every request. */
    static final class Api {

        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

        private final String base;
        private final String username;
        private final String authorization;

        Api(String base, String username, String password) {
            this.base = base;
            this.username = username;
            this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                    (username + ":" + password).getBytes(StandardCharsets.UTF_8));
        }

        String username() {
            return username;
        }

        Response get(String path) {
            return send("GET", path, null, null);
        }

        Response post(String path, String json) {
            return send("POST", path, "application/json", json);
        }

        Response put(String path, String json) {
            return send("PUT", path, "application/json", json);
        }

        Response send(String method, String path, String contentType, String body) {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Authorization", authorization)
                    .header("Accept", "application/json, application/problem+json");
            if (contentType != null) {
                b.header("Content-Type", contentType);
            }
            b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            return Http.send(CLIENT, b.build());
        }

        /** Uploads one file as multipart/form-data field {@code file}, as a terminal sends it. */
        Response upload(String path, String filename, String contentType, byte[] content) {
            String boundary = "----api" + UUID.randomUUID().toString().replace("-", "");
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return sendBody("POST", path, "multipart/form-data; boundary=" + boundary,
                    HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        }

        /** Any request with a body as given (a stream for uploads too large to hold). */
        Response sendBody(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
            return Http.send(CLIENT, request(path).header("Content-Type", contentType).method(method, body).build());
        }

        /** The request with this user's credentials, for callers that read the answer their own way. */
        HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(10))
                    .header("Authorization", authorization)
                    .header("Accept", "application/json, application/problem+json, */*");
        }

        HttpClient client() {
            return CLIENT;
        }

        /** GET that must answer 200 with JSON. */
        JsonNode getJson(String path) {
            Response r = expect(get(path), 200);
            assertThat(r.contentType()).startsWith("application/json");
            return r.json();
        }
    }

    /** Requests without any credentials. */
    static final class Anonymous {

        private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

        private final String base;

        Anonymous(String base) {
            this.base = base;
        }

        Response get(String path, String accept) {
            return Http.send(CLIENT, HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Accept", accept).GET().build());
        }

        Response postJson(String path, String json) {
            return Http.send(CLIENT, HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/json").header("Accept", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)).build());
        }
    }

    /** Form fields in order; a name may repeat (check boxes). */
    static final class Form {

        private final List<Map.Entry<String, String>> fields = new ArrayList<>();

        static Form of(String... namesAndValues) {
            Form f = new Form();
            for (int i = 0; i < namesAndValues.length; i += 2) {
                f.add(namesAndValues[i], namesAndValues[i + 1]);
            }
            return f;
        }

        static Form of(Map<String, String> values) {
            Form f = new Form();
            values.forEach(f::add);
            return f;
        }

        Form add(String name, String value) {
            fields.add(Map.entry(name, value == null ? "" : value));
            return this;
        }

        /** Replaces every value of {@code name} with this one. */
        Form set(String name, String value) {
            fields.removeIf(e -> e.getKey().equals(name));
            return add(name, value);
        }

        Form remove(String name) {
            fields.removeIf(e -> e.getKey().equals(name));
            return this;
        }

        boolean has(String name) {
            return fields.stream().anyMatch(e -> e.getKey().equals(name));
        }

        String get(String name) {
            return fields.stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                    .orElse(null);
        }

        List<Map.Entry<String, String>> entries() {
            return List.copyOf(fields);
        }

        String encoded() {
            StringBuilder sb = new StringBuilder();
            for (Map.Entry<String, String> e : fields) {
                if (!sb.isEmpty()) {
                    sb.append('&');
                }
                sb.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                        .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            }
            return sb.toString();
        }
    }

    /**
     * A browser: keeps the session cookie, never follows redirects by itself (so tests see every 302), and sends the
     * CSRF token from the pages it has loaded, as the hidden {@code _csrf} input of the forms.
     */
    static final class Browser {

        private final String base;
        private final HttpClient client;

        Browser(String base) {
            this.base = base;
            this.client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                    .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        /** Signs in through the login form and checks that it is let in. */
        void signIn(String username, String password) {
            Response done = submitLogin(username, password);
            assertThat(done.status()).as("sign-in of %s: %s", username, done).isEqualTo(302);
            assertThat(done.location()).as("sign-in of %s", username).doesNotStartWith("/login");
        }

        /** Loads the login page, then posts the login form with the page's CSRF token. */
        Response submitLogin(String username, String password) {
            Response page = expect(get("/login"), 200);
            return post("/login", Form.of("username", username, "password", password,
                    "_csrf", Html.csrf(page.body())));
        }

        Response get(String path) {
            return Http.send(client, HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build());
        }

        /** GET that must answer 200; returns the page. */
        String page(String path) {
            return expect(get(path), 200).body();
        }

        /** Follows one redirect answer with a GET of its target. */
        Response follow(Response redirect) {
            assertThat(redirect.status()).as("%s", redirect).isBetween(301, 303);
            return get(redirect.location());
        }

        /** A fresh CSRF token of this session, from the home page's sign-out form. */
        String csrf() {
            return Html.csrf(page("/"));
        }

        /** Posts a form as it stands; the caller includes {@code _csrf} or deliberately leaves it out. */
        Response post(String path, Form form) {
            return Http.send(client, HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .POST(HttpRequest.BodyPublishers.ofString(form.encoded())).build());
        }

        /** Posts a form with a CSRF token of this session added when the form has none. */
        Response submit(String path, Form form) {
            if (!form.has("_csrf")) {
                form.add("_csrf", csrf());
            }
            return post(path, form);
        }

        /** Posts a body as it stands, with no token added. */
        Response postRaw(String path, String contentType, byte[] body) {
            return Http.send(client, HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", contentType)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
        }

        /** Uploads one file as multipart/form-data, with the CSRF token as a form field as a browser sends it. */
        Response upload(String path, String field, String filename, String contentType, byte[] content) {
            return upload(path, Map.of(), field, filename, contentType, content);
        }

        /** Uploads one file with other form fields before it, as a form with inputs and a file chooser sends it. */
        Response upload(String path, Map<String, String> formFields, String field, String filename,
                        String contentType, byte[] content) {
            String boundary = "----e2e" + UUID.randomUUID().toString().replace("-", "");
            Map<String, String> fields = new LinkedHashMap<>(formFields);
            fields.put("_csrf", csrf());
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            for (Map.Entry<String, String> e : fields.entrySet()) {
                write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey()
                        + "\"\r\n\r\n" + e.getValue() + "\r\n");
            }
            write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                    + filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            body.writeBytes(content);
            write(body, "\r\n--" + boundary + "--\r\n");
            return Http.send(client, HttpRequest.newBuilder(URI.create(base + path)).timeout(TIMEOUT)
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        }

        private static void write(ByteArrayOutputStream out, String s) {
            out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
        }
    }
}
