package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.PROBLEM_JSON;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every POST, PUT, PATCH and DELETE route of the OpenAPI document, called against 正定县's records of the demo data by
 * users who must not change them: another province ({@code tj-admin}, {@code bh-inspector}) and a county beside
 * ({@code xt-inspector}, and an admin and supervisor of 行唐县). Each call is refused with a problem detail, and no
 * table of the database changes (every row of every table is compared before and after each call).
 * <ul>
 *   <li>A route with a path parameter gets the id of a demo record of its kind ({@link #samples()}) and must answer
 *       403 or 404. A route of a kind this test has no sample of fails, naming itself, until one is added.</li>
 *   <li>A route that creates (no path parameter) gets a body placing the new record in 正定县 and must answer 403 or
 *       404, or 400 only on the fields that say where (a location outside the caller's area), never on the rest of
 *       the body: a body this test fills wrongly shows as a failure, not as a refusal.</li>
 *   <li>The body is built from the operation's schema: the fields this test knows by name get values that aim at
 *       正定县, the required ones it does not know get a value of their type.</li>
 * </ul>
 * The only routes left out are those in {@link #OPEN}, which act on the caller's own account, named with the reason.
 */
class OpenApiWriteRefusalIT extends EndToEndIT {

    /** Write routes open to every signed-in user, because they act on nothing under jurisdiction. */
    static final Map<String, String> OPEN = Map.of(
            "POST /api/v1/tokens", "issues a bearer token to the caller's own account",
            "DELETE /api/v1/tokens/current", "revokes the token the request itself is made with",
            "POST /api/v1/plans", "draws up the plan of the caller's own department; the body names only the year",
            "POST /api/v1/notifications/read-all", "marks the caller's own notifications read, nobody else's");

    /** The fields that name where a record is: a refusal on these is a refusal by territory. */
    private static final Set<String> WHERE_FIELDS = Set.of("divisionCode", "townshipId", "departmentId",
            "enterpriseId");

    /** Tables that change on any request, whoever makes it: sessions, sign-in bookkeeping, locks. */
    private static final Set<String> BOOKKEEPING = Set.of("spring_session", "spring_session_attributes",
            "login_attempt", "shedlock", "flyway_schema_history");

    private static final Set<String> WRITE_METHODS = Set.of("post", "put", "patch", "delete");
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static volatile Map<String, Long> samples;

    /**
     * A record of 正定县 of each kind that a write route may name: {@code {id}} by the path's collection
     * ({@code enterprises}), any other path parameter by collection and name ({@code plans.itemId}). The demo data's
     * own records where it has them; a plan with its items and draw, and a recusal, made here by 正定县's own users,
     * as the demo data has none.
     */
    private synchronized Map<String, Long> samples() {
        if (samples == null) {
            Map<String, Long> s = new LinkedHashMap<>();
            s.put("enterprises", jdbc().sql("SELECT min(id) FROM enterprise WHERE department_id = ?")
                    .param(demo().departmentId(ZHENGDING)).query(Long.class).single());
            s.put("entrustments", api("zd-inspector").getJson("/api/v1/entrustments").values().stream()
                    .filter(e -> "正应急委〔2026〕1号".equals(text(e, "documentNumber"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the demo entrustment of 正定县")).path("id").asLong());
            int year = 2070 + (int) (System.nanoTime() % 20);
            long plan = Http.expect(api("zd-chief").post("/api/v1/plans", Http.json(Map.of("year", year))), 201)
                    .json().path("id").asLong();
            Http.expect(api("zd-chief").post("/api/v1/plans/" + plan + "/generate", "{}"), 200);
            s.put("plans", plan);
            // the demo draw of 正定县 and its demo recusal
            s.put("draws", jdbc().sql("SELECT min(id) FROM draw WHERE department_id = ?")
                    .param(demo().departmentId(ZHENGDING)).query(Long.class).single());
            s.put("recusals", jdbc().sql("SELECT min(id) FROM recusal WHERE department_id = ?")
                    .param(demo().departmentId(ZHENGDING)).query(Long.class).single());
            api("zd-chief").getJson("/api/v1/plans/" + plan + "/items?size=1").path("items").values().stream()
                    .findFirst().ifPresent(item -> s.put("plans.itemId", item.path("id").asLong()));
            s.put("draws", Http.expect(api("zd-chief").post("/api/v1/plans/" + plan + "/draws", Http.json(Map.of(
                    "ratio", "0.1", "seedSource", "双色球开奖号码"))), 201).json().path("id").asLong());
            JsonNode township = zhengdingTownship();
            s.put("townships", township.path("id").asLong());
            // no route reads one township: its version comes from the county's list
            s.put("townships#version", township.path("version").asLong());
            s.put("recusals", Http.expect(api("zd-inspector").post("/api/v1/recusals", Http.json(Map.of(
                    "enterpriseId", s.get("enterprises"), "reason", "亲属在该企业任职"))), 201).json().path("id")
                    .asLong());
            // a document of the sample enterprise's file, attached by 正定县's inspector
            s.put("evidence", Http.expect(api("zd-inspector").upload("/api/v1/enterprises/" + s.get("enterprises")
                    + "/evidence", "越权测试证据.png", "image/png", EvidenceIT.photo(600, 42)), 201).json().path("id")
                    .asLong());
            // GET /api/v1/evidence/{id} is the file itself, not JSON: the record's version is known
            s.put("evidence#version", 0L);
            // an inspection of 正定县 in progress: the demo's, or one started here by 正定县's inspector
            long inspection = jdbc().sql("SELECT coalesce(min(id), 0) FROM inspection WHERE department_id = ?"
                    + " AND status = 'IN_PROGRESS'").param(demo().departmentId(ZHENGDING)).query(Long.class).single();
            if (inspection == 0) {
                inspection = Http.expect(api("zd-inspector").post("/api/v1/inspections", Http.json(Map.of(
                        "enterpriseId", s.get("enterprises"), "kind", "SPECIAL", "trigger", "ACCIDENT",
                        "inspectors", List.of("zd-inspector", "zd-inspector2")))), 201).json().path("id").asLong();
            }
            s.put("inspections", inspection);
            // the stage is named, not numbered: any value reaches the jurisdiction check first
            s.putIfAbsent("inspections.stage", 1L);
            long item = jdbc().sql("SELECT coalesce(min(checklist_item_id), 1) FROM inspection_result"
                    + " WHERE inspection_id = ?").param(inspection).query(Long.class).single();
            s.put("inspections.checklistItemId", item);
            // a hazard of the sample enterprise, recorded by 正定县's inspector
            s.put("hazards", Http.expect(api("zd-inspector").post("/api/v1/hazards", Http.json(Map.of(
                    "enterpriseId", s.get("enterprises"), "source", "COMPLAINT", "grade", "MAJOR", "description",
                    "越权测试隐患"))), 201).json().path("id").asLong());
            // a notification of a person of 正定县 (the demo's overdue hazards notify its people), or an id of none
            s.put("notifications", jdbc().sql("SELECT coalesce(min(id), 1) FROM notification"
                    + " WHERE recipient_department_id = ?").param(demo().departmentId(ZHENGDING)).query(Long.class)
                    .single());
            samples = s;
        }
        return samples;
    }

    /** The path with every parameter filled from the samples, or null when one has no sample. */
    private String filled(String template) {
        String collection = collectionOf(template);
        Matcher m = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (m.find()) {
            Long id = samples().get(m.group(1).equals("id") ? collection : collection + "." + m.group(1));
            if (id == null) {
                return null;
            }
            m.appendReplacement(path, String.valueOf(id));
        }
        m.appendTail(path);
        return path.toString();
    }

    // ---- the perspectives ----

    @Test
    void another_provinces_admin_changes_nothing_of_hebei_on_any_write_route() {
        assertRefusedEverywhere("tj-admin");
    }

    @Test
    void another_provinces_inspector_changes_nothing_of_hebei_on_any_write_route() {
        assertRefusedEverywhere("bh-inspector");
    }

    @Test
    void an_inspector_of_a_county_beside_changes_nothing_of_zhengding_on_any_write_route() {
        assertRefusedEverywhere("xt-inspector");
    }

    @Test
    void an_admin_and_supervisor_of_a_county_beside_changes_nothing_of_zhengding_on_any_write_route() {
        String xingtangAdmin = uniqueUsername("xt-admin");
        openAccount(xingtangAdmin, PASSWORD, XINGTANG, "ADMIN", "SUPERVISOR");
        assertRefusedEverywhere(xingtangAdmin);
    }

    /** The walk is not empty, and every exception names a route that still exists and a reason. */
    @Test
    void every_write_route_is_either_tested_or_named_as_open() {
        Map<String, JsonNode> routes = writeRoutes();
        assertThat(routes.keySet()).contains("POST /api/v1/enterprises", "PUT /api/v1/enterprises/{id}/department",
                "POST /api/v1/enterprises/{id}/designation", "PUT /api/v1/enterprises/{id}/township",
                "POST /api/v1/entrustments", "POST /api/v1/entrustments/{id}/end",
                "POST /api/v1/accidents", "POST /api/v1/enterprises/{id}/duty-findings",
                "PUT /api/v1/plans/{id}/items/{itemId}", "POST /api/v1/plans/{id}/submit",
                "POST /api/v1/evidence/{id}/withdrawal", "POST /api/v1/enterprises/{id}/evidence",
                "POST /api/v1/hazards", "POST /api/v1/hazards/{id}/order", "POST /api/v1/hazards/{id}/verification",
                "POST /api/v1/hazards/{id}/evidence");
        assertThat(OPEN).allSatisfy((route, reason) -> {
            assertThat(routes).as("an open route that is no longer in the document").containsKey(route);
            assertThat(reason).isNotBlank();
        });
        List<String> withoutSample = routes.keySet().stream()
                .filter(r -> !OPEN.containsKey(r) && filled(r.substring(r.indexOf(' ') + 1)) == null)
                .toList();
        assertThat(withoutSample).as("routes of a kind of record with no sample id in samples()").isEmpty();
    }

    /**
     * The walk's refusals are not those of a wrong body, and its fingerprints see a change: the body it sends to
     * register an enterprise in 正定县 is accepted from 正定县's own inspector, and the enterprise and the record
     * change.
     */
    @Test
    void the_body_the_walk_sends_is_accepted_from_zhengding_and_the_change_shows() {
        Http.Api inspector = api("zd-inspector");
        long department = inspector.getJson("/api/v1/me").path("department").path("id").asLong();
        String body = body(writeRoutes().get("POST /api/v1/enterprises"), department, null);

        Map<String, String> before = tables();
        Http.Response r = inspector.post("/api/v1/enterprises", body);
        Map<String, String> after = tables();

        assertThat(r.status()).as("%s", r).isEqualTo(201);
        assertThat(after.get("enterprise")).isNotEqualTo(before.get("enterprise"));
        assertThat(after.get("audit_entry")).isNotEqualTo(before.get("audit_entry"));
        assertThat(after.get("division")).isEqualTo(before.get("division"));
    }

    // ---- the walk ----

    private void assertRefusedEverywhere(String username) {
        Http.Api api = api(username);
        long ownDepartmentId = api.getJson("/api/v1/me").path("department").path("id").asLong();
        assertThat(ownDepartmentId).as("the department of %s", username).isPositive();
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, JsonNode> route : writeRoutes().entrySet()) {
            if (OPEN.containsKey(route.getKey())) {
                continue;
            }
            String method = route.getKey().substring(0, route.getKey().indexOf(' '));
            String template = route.getKey().substring(method.length() + 1);
            boolean byId = PATH_PARAMETER.matcher(template).find();
            String path = filled(template);
            if (path == null) {
                failures.add(route.getKey() + ": a path parameter without a sample id; add one to samples()");
                continue;
            }
            Long version = byId ? versionOf(template, samples().get(collectionOf(template))) : null;
            String body = body(route.getValue(), ownDepartmentId, version);

            Map<String, String> before = tables();
            Http.Response r = api.send(method, path, body == null ? null : "application/json", body);
            Map<String, String> after = tables();
            calls++;

            String call = method + " " + path + " as " + username;
            if (!refused(r, byId)) {
                failures.add(call + " answered " + r.status() + " " + abbreviate(r.body()));
            }
            before.forEach((table, fingerprint) -> {
                if (!fingerprint.equals(after.get(table))) {
                    failures.add(call + " changed table " + table);
                }
            });
        }
        assertThat(calls).as("write routes called as %s", username).isGreaterThanOrEqualTo(8);
        assertThat(failures).as("what %s must not change", username).isEmpty();
    }

    /**
     * A refusal: a problem detail with 403 or 404; for a route that creates, also 400 when every field it names says
     * where (the location lies outside the caller's area).
     */
    private static boolean refused(Http.Response r, boolean byId) {
        if (!r.contentType().startsWith(PROBLEM_JSON)) {
            return false;
        }
        if (r.status() == 403 || r.status() == 404) {
            return true;
        }
        if (byId || r.status() != 400) {
            return false;
        }
        List<String> fields = Http.errorFields(r.json());
        return !fields.isEmpty() && WHERE_FIELDS.containsAll(fields);
    }

    /** The write operations of the OpenAPI document, as "METHOD /path". */
    private Map<String, JsonNode> writeRoutes() {
        JsonNode doc = api("admin").getJson("/v3/api-docs");
        Map<String, JsonNode> routes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (WRITE_METHODS.contains(operation.getKey())) {
                    routes.put(operation.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey(),
                            withSchemas(operation.getValue(), doc));
                }
            }
        }
        assertThat(routes).as("write routes of the OpenAPI document").isNotEmpty();
        return routes;
    }

    /** The operation's request body schema, resolved against the document's components, or null. */
    private static JsonNode withSchemas(JsonNode operation, JsonNode doc) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : resolve(schema, doc);
    }

    private static JsonNode resolve(JsonNode schema, JsonNode doc) {
        String ref = text(schema, "$ref");
        if (ref == null) {
            return schema;
        }
        JsonNode target = doc;
        for (String part : ref.replaceFirst("^#/", "").split("/")) {
            target = target.path(part);
        }
        return resolve(target, doc);
    }

    /** The record's current version, as its owner reads it, so that no refusal is a mere stale version. */
    private Long versionOf(String template, long id) {
        Long known = samples().get(collectionOf(template) + "#version");
        if (known != null) {
            return known;
        }
        Http.Response r = api("admin").get("/api/v1/" + collectionOf(template) + "/" + id);
        if (r.status() != 200) {
            return null;
        }
        JsonNode v = r.json().get("version");
        return v == null || v.isNull() ? null : v.asLong();
    }

    /**
     * The JSON body of a write aimed at 正定县: the fields known by name (where it is, the version seen, a reason, a
     * document number, dates, a name) and every required field.
     */
    private String body(JsonNode schema, long ownDepartmentId, Long version) {
        if (schema == null) {
            return null;
        }
        Set<String> required = new java.util.HashSet<>();
        schema.path("required").values().forEach(n -> required.add(n.asString()));
        Map<String, Object> body = new LinkedHashMap<>();
        String unique = Long.toString(System.nanoTime(), 36);
        for (Map.Entry<String, JsonNode> p : schema.path("properties").properties()) {
            String name = p.getKey();
            JsonNode type = p.getValue();
            Object value = switch (name) {
                case "divisionCode", "countyCode" -> ZHENGDING;
                case "enterpriseId" -> samples().get("enterprises");
                case "townshipId" -> zhengdingTownship().path("id").asLong();
                case "departmentId" -> ownDepartmentId;
                case "version" -> version;
                case "creditCode" -> Demo.newCreditCode(ZHENGDING);
                case "name", "organisationName" -> "越权测试" + unique + "有限公司";
                case "address" -> "正定县越权测试路1号";
                case "reason" -> "越权测试";
                case "documentNumber" -> "越权〔2026〕" + unique + "号";
                case "validFrom" -> "2026-06-01";
                case "validUntil" -> "2026-12-31";
                case "employees" -> 35;
                case "sector" -> "INDUSTRY_TRADE";
                case "riskGrade" -> "YELLOW";
                case "occurredAt" -> "2026-05-06T09:30:00+08:00";
                case "place" -> "正定县越权测试车间";
                case "category" -> "MACHINERY";
                case "deaths", "seriousInjuries" -> 0;
                case "directLossTenThousandYuan" -> 1;
                case "summary", "finding" -> "越权测试";
                case "foundOn", "approvedOn" -> "2026-05-06";
                case "approvedBy" -> "越权测试";
                case "month" -> 6;
                case "kind" -> type.has("enum") ? "SUPERVISION" : "TOWN";
                case "ratio" -> "0.1";
                case "seedSource" -> "双色球开奖号码";
                case "seed" -> "01 02 03 04 05 06 + 07";
                default -> required.contains(name) ? valueOf(type) : null;
            };
            if (value != null) {
                body.put(name, value);
            }
        }
        return Http.json(body);
    }

    private static Object valueOf(JsonNode type) {
        if (type.has("enum")) {
            return type.path("enum").get(0).asString();
        }
        return switch (Objects.requireNonNullElse(text(type, "type"), "string")) {
            case "integer", "number" -> 1;
            case "boolean" -> false;
            case "array" -> List.of();
            case "object" -> Map.of();
            default -> "date".equals(text(type, "format")) ? "2026-06-01" : "越权测试";
        };
    }

    private JsonNode zhengdingTownship() {
        JsonNode townships = api("admin").getJson("/api/v1/townships?divisionCode=" + ZHENGDING);
        assertThat(townships.size()).as("townships of 正定县").isPositive();
        return townships.get(0);
    }

    /** Every table of the schema (but the bookkeeping) with a fingerprint of all its rows. */
    private Map<String, String> tables() {
        List<String> names = jdbc().sql("""
                        SELECT table_name FROM information_schema.tables
                        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name""")
                .query(String.class).list();
        Map<String, String> fingerprints = new TreeMap<>();
        for (String table : names) {
            if (!BOOKKEEPING.contains(table)) {
                fingerprints.put(table, jdbc().sql("SELECT count(*) || ':' || coalesce(md5(string_agg(t::text, '|'"
                        + " ORDER BY t::text)), '') FROM " + table + " t").query(String.class).single());
            }
        }
        assertThat(fingerprints).as("tables of the schema").containsKeys("enterprise", "audit_entry", "entrustment");
        return fingerprints;
    }

    /** The kind of record of a route: the first segment after the version, e.g. enterprises. */
    private static String collectionOf(String template) {
        return template.replaceFirst("^/api/v\\d+/", "").split("/")[0];
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "..." : body;
    }
}
