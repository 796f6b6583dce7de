package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The account of an enterprise ({@code zd-ent}, of 正定县恒安化工有限公司) walks every GET route the application maps,
 * read from the handler mapping itself so that a route added later is walked without anyone remembering it. Against it
 * stands another enterprise of the very same department, with a document of its file and a document issued on it: no
 * answer may show any of them. Every route of the departments (the registry, inspections, plans, draws, checklists,
 * exports, administration, the record) answers 403: the forbidden page on pages, a problem detail on the API. The
 * routes open to an enterprise (its start page, its password, the hazard routes, evidence and documents) answer a
 * record of the other enterprise exactly as one that does not exist. The staff keep their pages.
 */
class EnterpriseAccountRoutesIT extends EndToEndIT {

    private static final long NO_SUCH_ID = 987_654_321_098L;
    private static final PathPatternParser PARSER = new PathPatternParser();

    /** Open to everyone, signed in or not: the sign-in pages, the published draws, the error page, the API docs. */
    private static final List<PathPattern> PUBLIC = patterns("/login", "/login/**", "/public/**",
            "/api/v1/public/**", "/error", "/error/**", "/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**",
            "/swagger-ui.html");

    /** What an enterprise's account reaches; each record behind them is checked again by the policy. */
    private static final List<PathPattern> OPEN_TO_ENTERPRISES = patterns("/", "/account/password", "/hazards",
            "/hazards/**", "/api/v1/me", "/api/v1/tokens", "/api/v1/tokens/**", "/api/v1/hazards",
            "/api/v1/hazards/**", "/api/v1/evidence/**", "/api/v1/documents/**");

    private static final String FORBIDDEN_PAGE = "您无权进行此操作。";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mapping;
    @Autowired
    private IssuingDocuments issuing;
    @Autowired
    private Enterprises enterprises;
    @Autowired
    private UserDetailsService users;

    /** Another enterprise of 正定县 (the department of zd-ent's own), with its evidence and a document issued on it. */
    private record Other(long enterpriseId, long evidenceId, long documentId, Set<String> markers) {
    }

    private static volatile Other other;

    private synchronized Other other() {
        if (other == null) {
            JsonNode e = demo().createEnterprise("zd-inspector", ZHENGDING);
            long id = e.path("id").asLong();
            String file = "企业账号越权检查" + id + ".png";
            JsonNode evidence = expect(api("zd-inspector").upload("/api/v1/enterprises/" + id + "/evidence", file,
                    "image/png", EvidenceIT.photo(600, (int) id)), 201).json();
            Enterprise enterprise = enterprises.findById(id).orElseThrow();
            IssuedDocument d = issuing.issue(((EnforcementUser) users.loadUserByUsername("zd-inspector")).actor(),
                    DocumentRequest.of(DocumentType.INSPECTION_RECORD, enterprise, "ENTERPRISE", id,
                            Party.of(enterprise), DocumentContent.builder("现场检查记录")
                                    .field("被检查单位", enterprise.getName()).build()));
            other = new Other(id, evidence.path("id").asLong(), d.getId(), Set.of(text(e, "name"),
                    text(e, "creditCode"), file, text(evidence, "sha256"), d.getPdfSha256()));
        }
        return other;
    }

    @Test
    void an_enterprise_account_reaches_no_route_of_the_departments_and_nothing_of_another_enterprise() {
        Other o = other();
        Http.Browser pages = browser("zd-ent");
        Http.Api api = api("zd-ent");
        List<String> failures = new ArrayList<>();
        int staffRoutes = 0;
        int ownRoutes = 0;
        for (String template : getRoutes()) {
            if (matches(PUBLIC, template)) {
                continue;
            }
            boolean isApi = template.startsWith("/api/");
            for (String path : filled(template, o)) {
                Http.Response r = isApi ? api.get(path) : pages.get(path);
                for (String marker : o.markers()) {
                    if (r.body().contains(marker)) {
                        failures.add(path + " shows " + marker + " of another enterprise");
                    }
                }
                if (!matches(OPEN_TO_ENTERPRISES, template)) {
                    staffRoutes++;
                    if (r.status() != 403) {
                        failures.add(path + " answered " + r.status() + " where a department's route answers 403");
                    } else if (isApi && !r.contentType().startsWith(Http.PROBLEM_JSON)) {
                        failures.add(path + " answered 403 without a problem detail: " + r.contentType());
                    } else if (!isApi && !r.body().contains(FORBIDDEN_PAGE)) {
                        failures.add(path + " answered 403 without the forbidden page");
                    }
                } else {
                    ownRoutes++;
                    if (template.contains("{") && r.status() != 404 && r.status() != 403) {
                        failures.add(path + " answered " + r.status() + " for another enterprise's record");
                    } else if (r.status() >= 500) {
                        failures.add(path + " answered " + r.status());
                    }
                }
            }
        }
        assertThat(staffRoutes).as("departments' routes walked").isGreaterThan(60);
        assertThat(ownRoutes).as("routes open to enterprises walked").isGreaterThanOrEqualTo(5);
        assertThat(failures).as("what zd-ent must not reach").isEmpty();
    }

    @Test
    void the_routes_open_to_an_enterprise_answer_it_for_its_own() {
        expect(browser("zd-ent").get("/"), 200);
        expect(browser("zd-ent").get("/account/password"), 200);
        assertThat(text(api("zd-ent").getJson("/api/v1/me").path("enterprise"), "name"))
                .isEqualTo("正定县恒安化工有限公司");
    }

    @Test
    void the_staff_keep_their_pages_and_api() {
        Http.Browser inspector = browser("zd-inspector");
        for (String path : List.of("/", "/enterprises", "/inspections", "/plans", "/checklists",
                "/enterprises/" + other().enterpriseId())) {
            expect(inspector.get(path), 200);
        }
        for (String path : List.of("/api/v1/enterprises", "/api/v1/inspections", "/api/v1/me",
                "/api/v1/evidence/" + other().evidenceId() + "/meta", "/api/v1/documents/" + other().documentId())) {
            expect(api("zd-inspector").get(path), 200);
        }
        Http.Browser admin = browser("admin");
        for (String path : List.of("/admin/users", "/admin/departments", "/admin/audit")) {
            expect(admin.get(path), 200);
        }
        expect(api("zd-chief").get("/api/v1/plans"), 200);
    }

    @Test
    void every_route_of_the_application_is_walked() {
        assertThat(getRoutes()).contains("/", "/enterprises", "/enterprises/{id}", "/admin/users",
                "/api/v1/enterprises", "/api/v1/evidence/{id}", "/api/v1/documents/{id}", "/api/v1/me",
                "/inspections/{id}", "/plans", "/checklists", "/enterprises/export.csv");
    }

    /** Every path template of a handler that answers GET (or any method), as the application maps them. */
    private Set<String> getRoutes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
                continue;
            }
            if (info.getPathPatternsCondition() != null) {
                routes.addAll(info.getPathPatternsCondition().getPatternValues());
            } else if (info.getPatternsCondition() != null) {
                routes.addAll(info.getPatternsCondition().getPatterns());
            }
        }
        assertThat(routes).as("GET routes of the handler mapping").isNotEmpty();
        return routes;
    }

    /**
     * The paths a template is called with: its variables filled with the other enterprise's records where the route
     * serves records of that kind (its evidence, its documents, hazards of other enterprises), else its id.
     */
    private List<String> filled(String template, Other o) {
        if (!template.contains("{")) {
            return List.of(template);
        }
        List<Long> ids = new ArrayList<>();
        if (template.contains("/evidence")) {
            ids.add(o.evidenceId());
        } else if (template.contains("/documents")) {
            ids.add(o.documentId());
        } else if (template.contains("hazards")) {
            ids.addAll(hazardsOfOtherEnterprises());
            ids.add(NO_SUCH_ID);
        } else {
            ids.add(o.enterpriseId());
        }
        List<String> paths = new ArrayList<>();
        for (long id : ids) {
            paths.add(fill(template, String.valueOf(id)));
        }
        return paths;
    }

    /** Hazards of enterprises other than zd-ent's, once the hazard records exist. */
    private List<Long> hazardsOfOtherEnterprises() {
        boolean exists = jdbc().sql("SELECT to_regclass('hazard') IS NOT NULL").query(Boolean.class).single();
        if (!exists) {
            return List.of();
        }
        long own = api("zd-ent").getJson("/api/v1/me").path("enterprise").path("id").asLong();
        return jdbc().sql("SELECT id FROM hazard WHERE enterprise_id <> ? ORDER BY id LIMIT 5").param(own)
                .query(Long.class).list();
    }

    /** The template with each variable ({@code {id}}, {@code {id:\d+}}, {@code {*rest}}) replaced by the value. */
    private static String fill(String template, String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        for (char c : template.toCharArray()) {
            if (c == '{') {
                if (depth++ == 0) {
                    out.append(value);
                }
            } else if (c == '}') {
                depth--;
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<PathPattern> patterns(String... values) {
        return java.util.Arrays.stream(values).map(PARSER::parse).toList();
    }

    /** Whether the template (as a path, variables filled) lies under one of the patterns. */
    private static boolean matches(List<PathPattern> patterns, String template) {
        PathContainer path = PathContainer.parsePath(fill(template, "1"));
        return patterns.stream().anyMatch(p -> p.matches(path));
    }
}
