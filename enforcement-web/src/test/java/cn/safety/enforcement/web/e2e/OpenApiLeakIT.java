package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static cn.safety.enforcement.web.e2e.Demo.BINHAI;
import static cn.safety.enforcement.web.e2e.Demo.XINGTANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every GET route of the OpenAPI document, called by users who must not see certain rows: another province
 * ({@code tj-admin}, {@code bh-inspector}), a county beside ({@code xt-inspector} of 行唐县 against 正定县), the county
 * below ({@code zd-inspector} against the city's and the province's records) and an entrusted organisation
 * ({@code zd-entrusted}, against 正定县's records outside its township). No out-of-scope row may appear: a route with an
 * id answers for an out-of-scope id exactly as for one that does not exist (404, or 403 when the route is refused to
 * the user whatever the id), and a list, search or export contains none of their ids, credit codes or names.
 * <p>A new GET route is tested without anyone remembering it; the only routes left out are those in
 * {@link #REFERENCE_DATA}, public or national reference data that is the same for everyone. A route with a path
 * parameter of a kind of record this test does not know fails until its rows are added to {@link #rows()}.
 */
class OpenApiLeakIT extends EndToEndIT {

    /** Routes answering the same for every user: nothing in them is under jurisdiction. */
    static final Map<String, String> REFERENCE_DATA = Map.ofEntries(
            Map.entry("/api/v1/divisions",
                    "GB/T 2260 administrative divisions: national reference data"),
            Map.entry("/api/v1/townships",
                    "townships, streets and zones of a county: reference data below the divisions"),
            Map.entry("/api/v1/me",
                    "the caller's own account and department"),
            Map.entry("/api/v1/calendar/days",
                    "the State Council's working-day calendar: national reference data"),
            Map.entry("/api/v1/calendar/deadline",
                    "a deadline computed on the national calendar"),
            Map.entry("/api/v1/checklists",
                    "执法检查重点事项清单: national checklists in force, the same for everyone"),
            Map.entry("/api/v1/checklists/{id}",
                    "one national checklist version with its items, the same for everyone"),
            Map.entry("/api/v1/public/draws",
                    "双随机、一公开: every frozen draw is published to everyone, without login"),
            Map.entry("/api/v1/public/draws/{id}",
                    "双随机、一公开: a published draw with its candidates, for anyone to recompute"));

    private static final long NO_SUCH_ID = 987_654_321_098L;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static volatile Map<String, LeakDetector.Row> rows;

    /**
     * The rows the perspectives test against, made fresh for this test (so that no other test moves them) at each
     * level: the province, the city, 正定县, 行唐县 (beside it) and 天津市滨海新区; and 正定县's demo entrustment.
     */
    private synchronized Map<String, LeakDetector.Row> rows() {
        if (rows == null) {
            Map<String, LeakDetector.Row> r = new LinkedHashMap<>();
            r.put("province", enterprise("province enterprise", "hb-inspector", ZHENGDING));
            r.put("city", enterprise("city enterprise", "sjz-inspector", ZHENGDING));
            r.put("zhengding", enterprise("正定县 enterprise", "zd-inspector", ZHENGDING));
            r.put("xingtang", enterprise("行唐县 enterprise", "xt-inspector", XINGTANG));
            r.put("tianjin", enterprise("滨海新区 enterprise", "bh-inspector", BINHAI));
            JsonNode demoEntrustment = api("zd-inspector").getJson("/api/v1/entrustments").values().stream()
                    .filter(e -> "正应急委〔2026〕1号".equals(text(e, "documentNumber"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the demo entrustment of 正定县"));
            r.put("entrustment", new LeakDetector.Row("正定县 entrustment", "entrustments",
                    demoEntrustment.path("id").asLong(), Set.of(text(demoEntrustment, "documentNumber"))));
            Map<String, String> recorders = Map.of("province", "hb-inspector", "city", "sjz-inspector",
                    "zhengding", "zd-inspector", "xingtang", "xt-inspector", "tianjin", "bh-inspector");
            recorders.forEach((key, username) -> r.put(key + " accident", accident(r.get(key), username)));
            recorders.forEach((key, username) -> r.put(key + " evidence", evidence(r.get(key), username)));
            recorders.forEach((key, username) -> r.put(key + " document", document(r.get(key), username)));
            recorders.forEach((key, username) -> r.put(key + " hazard", hazard(r.get(key), username)));
            r.put("city inspection", inspection(r.get("city"), "sjz-inspector", "sjz-inspector2"));
            r.put("zhengding inspection", inspection(r.get("zhengding"), "zd-inspector", "zd-inspector2"));
            r.put("province-plan", plan("province plan", "hb-inspector"));
            r.put("city-plan", plan("city plan", "sjz-supervisor"));
            r.put("zhengding-plan", plan("正定县 plan", "zd-chief"));
            r.put("xingtang-plan", plan("行唐县 plan", "xt-inspector"));
            r.put("tianjin-plan", plan("滨海新区 plan", "bh-inspector"));
            rows = r;
        }
        return rows;
    }

    /** The year of the plans this test draws up, one for each department. */
    private static final int PLAN_YEAR = PlanYears.next();

    private LeakDetector.Row plan(String label, String username) {
        JsonNode p = expect(api(username).post("/api/v1/plans", Http.json(Map.of("year", PLAN_YEAR))), 201).json();
        return new LeakDetector.Row(label, "plans", p.path("id").asLong(), Set.of());
    }

    private LeakDetector.Row enterprise(String label, String username, String divisionCode) {
        JsonNode e = demo().createEnterprise(username, divisionCode);
        return new LeakDetector.Row(label, "enterprises", e.path("id").asLong(),
                Set.of(text(e, "creditCode"), text(e, "name")));
    }

    /** An accident at {@code enterprise}, recorded by its department, marked by a place nobody else writes. */
    private LeakDetector.Row accident(LeakDetector.Row enterprise, String username) {
        String place = "泄漏检查事故地点" + enterprise.id();
        JsonNode a = expect(api(username).post("/api/v1/accidents", Http.json(Map.of("enterpriseId", enterprise.id(),
                "occurredAt", "2025-03-01T10:00:00+08:00", "place", place, "category", "物体打击", "deaths", 1,
                "seriousInjuries", 0, "directLossTenThousandYuan", 30))), 201).json();
        return new LeakDetector.Row(enterprise.label() + "'s accident", "accidents", a.path("id").asLong(),
                Set.of(place));
    }

    /** A hazard of {@code enterprise} recorded by its department, described as nobody else describes one. */
    private LeakDetector.Row hazard(LeakDetector.Row enterprise, String username) {
        String description = "泄漏检查隐患" + enterprise.id();
        JsonNode h = expect(api(username).post("/api/v1/hazards", Http.json(Map.of("enterpriseId", enterprise.id(),
                "source", "COMPLAINT", "grade", "MAJOR", "description", description))), 201).json();
        return new LeakDetector.Row(enterprise.label() + "'s hazard", "hazards", h.path("id").asLong(),
                Set.of(description));
    }

    /** An urgent inspection of {@code enterprise} by its department's two certified inspectors. */
    private LeakDetector.Row inspection(LeakDetector.Row enterprise, String username, String second) {
        JsonNode i = expect(api(username).post("/api/v1/inspections", Http.json(Map.of("enterpriseId",
                enterprise.id(), "kind", "SPECIAL", "trigger", "ACCIDENT", "inspectors", List.of(username, second)))),
                201).json();
        return new LeakDetector.Row(enterprise.label() + "'s inspection", "inspections", i.path("id").asLong(),
                Set.of(text(i, "enterpriseName")));
    }

    /** A document of {@code enterprise}'s file, attached by its department, named as nobody else names one. */
    private LeakDetector.Row evidence(LeakDetector.Row enterprise, String username) {
        String name = "泄漏检查证据" + enterprise.id() + ".png";
        JsonNode e = expect(api(username).upload("/api/v1/enterprises/" + enterprise.id() + "/evidence", name,
                "image/png", EvidenceIT.photo(600, (int) enterprise.id())), 201).json();
        return new LeakDetector.Row(enterprise.label() + "'s evidence", "evidence", e.path("id").asLong(),
                Set.of(name, text(e, "sha256")));
    }

    @org.springframework.beans.factory.annotation.Autowired
    private cn.safety.enforcement.domain.document.IssuingDocuments issuing;
    @org.springframework.beans.factory.annotation.Autowired
    private cn.safety.enforcement.domain.enterprise.Enterprises enterprises;
    @org.springframework.beans.factory.annotation.Autowired
    private org.springframework.security.core.userdetails.UserDetailsService users;

    /** A document issued on {@code enterprise} by its department, marked by its PDF's hash. */
    private LeakDetector.Row document(LeakDetector.Row enterprise, String username) {
        cn.safety.enforcement.domain.enterprise.Enterprise e = enterprises.findById(enterprise.id()).orElseThrow();
        cn.safety.enforcement.domain.document.IssuedDocument d = issuing.issue(
                ((cn.safety.enforcement.web.security.EnforcementUser) users.loadUserByUsername(username)).actor(),
                cn.safety.enforcement.domain.document.DocumentRequest.of(
                        cn.safety.enforcement.domain.document.DocumentType.INSPECTION_RECORD, e, "ENTERPRISE",
                        e.getId(), cn.safety.enforcement.domain.document.Party.of(e),
                        cn.safety.enforcement.domain.document.DocumentContent.builder("现场检查记录")
                                .field("被检查单位", e.getName()).build()));
        return new LeakDetector.Row(enterprise.label() + "'s document", "documents", d.getId(),
                Set.of(d.getPdfSha256()));
    }

    /** The rows of these keys, and the accident, evidence and document of each enterprise among them. */
    private List<LeakDetector.Row> rowsOf(String... keys) {
        List<LeakDetector.Row> selected = new ArrayList<>();
        for (String k : keys) {
            selected.add(rows().get(k));
            if (rows().containsKey(k + " accident")) {
                selected.add(rows().get(k + " accident"));
            }
            if (rows().containsKey(k + " evidence")) {
                selected.add(rows().get(k + " evidence"));
            }
            if (rows().containsKey(k + " document")) {
                selected.add(rows().get(k + " document"));
            }
            if (rows().containsKey(k + " hazard")) {
                selected.add(rows().get(k + " hazard"));
            }
        }
        return selected;
    }

    // ---- the perspectives ----

    @Test
    void another_provinces_admin_sees_nothing_of_hebei_on_any_route() {
        assertNoLeak("tj-admin", rowsOf("province", "city", "zhengding", "xingtang", "entrustment", "province-plan",
                "city-plan", "zhengding-plan", "xingtang-plan"));
    }

    @Test
    void another_provinces_inspector_sees_nothing_of_hebei_on_any_route() {
        assertNoLeak("bh-inspector", rowsOf("province", "city", "zhengding", "xingtang", "entrustment",
                "province-plan", "city-plan", "zhengding-plan", "xingtang-plan"));
    }

    @Test
    void a_county_beside_sees_nothing_of_zhengding_the_city_or_the_province_on_any_route() {
        assertNoLeak("xt-inspector", rowsOf("province", "city", "zhengding", "tianjin", "entrustment",
                "province-plan", "city-plan", "zhengding-plan", "tianjin-plan"));
    }

    @Test
    void the_county_below_sees_nothing_of_the_city_or_the_province_on_any_route() {
        assertNoLeak("zd-inspector", rowsOf("province", "city", "xingtang", "tianjin", "province-plan", "city-plan",
                "xingtang-plan", "tianjin-plan"));
    }

    @Test
    void an_entrusted_organisation_sees_nothing_outside_its_township_on_any_route() {
        assertNoLeak("zd-entrusted", rowsOf("province", "city", "zhengding", "xingtang", "tianjin", "province-plan",
                "city-plan", "zhengding-plan", "xingtang-plan", "tianjin-plan"));
    }

    /** The rows are real and the routes filled right: those in scope do see them, by id and in the list. */
    @Test
    void those_in_scope_see_the_rows_the_perspectives_must_not() {
        Map<String, String> owners = Map.of("province", "admin", "city", "sjz-supervisor", "zhengding", "zd-inspector",
                "xingtang", "xt-inspector", "tianjin", "tj-admin");
        owners.forEach((key, owner) -> {
            LeakDetector.Row row = rows().get(key);
            String one = expect(api(owner).get("/api/v1/enterprises/" + row.id()), 200).body();
            String name = row.markers().stream().filter(m -> m.endsWith("公司")).findFirst().orElseThrow();
            String list = expect(api(owner).get("/api/v1/enterprises?q=" + encode(name)), 200).body();
            assertThat(LeakDetector.leaks(one, "enterprises", List.of(row))).as("%s by id", key).isNotEmpty();
            assertThat(LeakDetector.leaks(list, "enterprises", List.of(row))).as("%s in the list", key).isNotEmpty();
        });
        owners.forEach((key, owner) -> {
            LeakDetector.Row accident = rows().get(key + " accident");
            String list = expect(api(owner).get("/api/v1/accidents?size=200"), 200).body();
            assertThat(LeakDetector.leaks(list, "accidents", List.of(accident))).as("%s's accident", key)
                    .isNotEmpty();
            assertThat(expect(api(owner).get("/api/v1/accidents/" + accident.id()), 200).body())
                    .contains(accident.markers());
        });
        LeakDetector.Row entrustment = rows().get("entrustment");
        assertThat(LeakDetector.leaks(expect(api("zd-inspector").get("/api/v1/entrustments"), 200).body(),
                "entrustments", List.of(entrustment))).isNotEmpty();
        Map.of("province-plan", "hb-inspector", "city-plan", "sjz-supervisor", "zhengding-plan", "zd-inspector",
                "xingtang-plan", "xt-inspector", "tianjin-plan", "bh-inspector").forEach((key, owner) -> {
            LeakDetector.Row plan = rows().get(key);
            expect(api(owner).get("/api/v1/plans/" + plan.id()), 200);
            assertThat(LeakDetector.leaks(expect(api(owner).get("/api/v1/plans?size=500"), 200).body(), "plans",
                    List.of(plan))).as("%s in the list", key).isNotEmpty();
        });
    }

    @Test
    void every_get_route_is_either_tested_or_named_as_reference_data() {
        List<String> routes = getRoutes().keySet().stream().toList();
        assertThat(routes).contains("/api/v1/enterprises", "/api/v1/enterprises/{id}", "/api/v1/entrustments",
                "/api/v1/entrustments/{id}", "/api/v1/enterprises/{id}/assignments", "/api/v1/departments",
                "/api/v1/accidents", "/api/v1/accidents/{id}", "/api/v1/enterprises/{id}/duty-findings",
                "/api/v1/evidence/{id}", "/api/v1/evidence/{id}/meta", "/api/v1/enterprises/{id}/evidence",
                "/api/v1/hazards", "/api/v1/hazards/{id}", "/api/v1/hazards/{id}/evidence");
        assertThat(REFERENCE_DATA.keySet()).as("every exception names a reason")
                .allSatisfy(route -> assertThat(REFERENCE_DATA.get(route)).isNotBlank());
    }

    // ---- the walk ----

    private void assertNoLeak(String username, List<LeakDetector.Row> outOfScope) {
        Http.Api api = api(username);
        List<String> failures = new ArrayList<>();
        int calls = 0;
        for (Map.Entry<String, JsonNode> route : getRoutes().entrySet()) {
            String template = route.getKey();
            if (REFERENCE_DATA.containsKey(template)) {
                continue;
            }
            String collection = collectionOf(template);
            String query = requiredQuery(route.getValue());
            if (PATH_PARAMETER.matcher(template).find()) {
                List<LeakDetector.Row> ofKind = outOfScope.stream().filter(r -> r.collection().equals(collection))
                        .toList();
                if (rows().values().stream().noneMatch(r -> r.collection().equals(collection))) {
                    failures.add(template + ": no rows of '" + collection + "' to fill its path with; add some to"
                            + " rows()");
                    continue;
                }
                int absent = api.get(fill(template, NO_SUCH_ID) + join(query, "")).status();
                for (LeakDetector.Row row : ofKind) {
                    Http.Response r = api.get(fill(template, row.id()) + join(query, ""));
                    calls++;
                    if (r.status() != absent || (r.status() != 404 && r.status() != 403)) {
                        failures.add(template + " with " + row.label() + " answered " + r.status()
                                + " where a missing id answers " + absent);
                    }
                    LeakDetector.leaks(r.body(), collection, outOfScope)
                            .forEach(l -> failures.add(template + " with " + row.label() + " shows " + l));
                }
            } else {
                for (String search : searches(route.getValue(), outOfScope)) {
                    String path = template + join(query, search);
                    Http.Response r = api.get(path);
                    calls++;
                    if (r.status() >= 500) {
                        failures.add(path + " answered " + r.status());
                    }
                    LeakDetector.leaks(r.body(), collection, outOfScope)
                            .forEach(l -> failures.add(path + " shows " + l));
                }
            }
        }
        assertThat(calls).as("routes called as %s", username).isGreaterThan(outOfScope.size());
        assertThat(failures).as("what %s must not see", username).isEmpty();
    }

    /** The GET operations of the OpenAPI document by path template. */
    private Map<String, JsonNode> getRoutes() {
        JsonNode doc = api("admin").getJson("/v3/api-docs");
        Map<String, JsonNode> routes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode get = path.getValue().get("get");
            if (get != null) {
                routes.put(path.getKey(), get);
            }
        }
        assertThat(routes).as("GET routes of the OpenAPI document").isNotEmpty();
        return routes;
    }

    /** The kind of record of a route: the first segment after the version, e.g. enterprises. */
    private static String collectionOf(String template) {
        String[] parts = template.replaceFirst("^/api/v\\d+/", "").split("/");
        return parts[0];
    }

    private static String fill(String template, long id) {
        Matcher m = PATH_PARAMETER.matcher(template);
        return m.replaceAll(String.valueOf(id));
    }

    /** A value for each required query parameter, by its schema, as {@code a=1&b=2}. */
    private static String requiredQuery(JsonNode operation) {
        StringBuilder q = new StringBuilder();
        for (JsonNode p : operation.path("parameters").values()) {
            if (!"query".equals(text(p, "in")) || !p.path("required").asBoolean(false)) {
                continue;
            }
            JsonNode schema = p.path("schema");
            String value;
            if (schema.has("enum")) {
                value = schema.path("enum").get(0).asString();
            } else if ("date".equals(text(schema, "format"))) {
                value = LocalDate.of(2026, 6, 1).toString();
            } else if ("integer".equals(text(schema, "type"))) {
                value = "1";
            } else {
                value = "x";
            }
            q.append(q.isEmpty() ? "" : "&").append(text(p, "name")).append('=').append(encode(value));
        }
        return q.toString();
    }

    /**
     * The query strings a list route is called with: once as it is (with the largest page it takes), and when it
     * searches by {@code q}, once per out-of-scope row by its name and by its credit code, so that a leak shows on the
     * first page.
     */
    private static List<String> searches(JsonNode operation, List<LeakDetector.Row> outOfScope) {
        boolean searchable = false;
        boolean paged = false;
        for (JsonNode p : operation.path("parameters").values()) {
            searchable |= "q".equals(text(p, "name"));
            paged |= "size".equals(text(p, "name"));
        }
        String size = paged ? "size=200" : "";
        List<String> searches = new ArrayList<>();
        searches.add(size);
        if (searchable) {
            for (LeakDetector.Row row : outOfScope) {
                for (String marker : row.markers()) {
                    searches.add(size.isEmpty() ? "q=" + encode(marker) : size + "&q=" + encode(marker));
                }
            }
        }
        return searches;
    }

    /** {@code ?a&b} of the parts that are not empty, or nothing. */
    private static String join(String... parts) {
        String joined = String.join("&", java.util.Arrays.stream(parts).filter(p -> !p.isEmpty()).toList());
        return joined.isEmpty() ? "" : "?" + joined;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
