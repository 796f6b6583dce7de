package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import tools.jackson.databind.JsonNode;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data as the tests need it, looked up through the API by the province and municipality admins: department
 * ids by division code, and enterprises assigned to a given department. Also makes fresh enterprises and credit codes.
 */
final class Demo {

    static final String HEBEI = "130000";
    static final String SHIJIAZHUANG = "130100";
    static final String ZHENGDING = "130123";
    static final String XINGTANG = "130125";
    static final String TIANJIN = "120000";
    static final String BINHAI = "120116";

    static final String HEBEI_DEPARTMENT = "河北省应急管理厅";
    static final String SHIJIAZHUANG_DEPARTMENT = "石家庄市应急管理局";
    static final String ZHENGDING_DEPARTMENT = "正定县应急管理局";

    private static final Map<String, Demo> BY_BASE = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String base;
    private final String password;
    private final Map<String, JsonNode> departmentsByDivision = new LinkedHashMap<>();

    private Demo(String base, String password) {
        this.base = base;
        this.password = password;
    }

    static Demo of(String base, String password) {
        return BY_BASE.computeIfAbsent(base, b -> new Demo(b, password));
    }

    Http.Api api(String username) {
        return new Http.Api(base, username, password);
    }

    /** The department of a division (as the demo sets up one per division), seen by its province's admin. */
    synchronized JsonNode department(String divisionCode) {
        if (departmentsByDivision.isEmpty()) {
            for (String admin : List.of("admin", "tj-admin")) {
                for (JsonNode d : api(admin).getJson("/api/v1/departments").values()) {
                    departmentsByDivision.putIfAbsent(text(d, "divisionCode"), d);
                }
            }
        }
        JsonNode d = departmentsByDivision.get(divisionCode);
        assertThat(d).as("demo department of division %s", divisionCode).isNotNull();
        return d;
    }

    long departmentId(String divisionCode) {
        return department(divisionCode).path("id").asLong();
    }

    /** An enterprise of the demo data assigned to the department of {@code divisionCode}, seen by {@code admin}. */
    JsonNode enterpriseOf(String admin, String divisionCode) {
        JsonNode page = api(admin).getJson("/api/v1/enterprises?size=1&departmentId=" + departmentId(divisionCode));
        assertThat(page.path("items").size()).as("enterprises of department %s", divisionCode).isEqualTo(1);
        return page.path("items").get(0);
    }

    long enterpriseIdOf(String admin, String divisionCode) {
        return enterpriseOf(admin, divisionCode).path("id").asLong();
    }

    /** A fresh, valid credit code registered in {@code divisionCode}: "91", the division, 9 random digits, check. */
    static String newCreditCode(String divisionCode) {
        StringBuilder first17 = new StringBuilder("91").append(divisionCode);
        while (first17.length() < 17) {
            first17.append(RANDOM.nextInt(10));
        }
        return first17.toString() + CreditCode.checkCharacter(first17.toString());
    }

    /** The same code with a wrong check character. */
    static String withWrongCheckCharacter(String creditCode) {
        char check = creditCode.charAt(17);
        char wrong = check == '0' ? '1' : '0';
        return creditCode.substring(0, 17) + wrong;
    }

    /** The minimal valid registration body of the API. */
    static Map<String, Object> enterpriseBody(String creditCode, String divisionCode, String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("creditCode", creditCode);
        body.put("name", name);
        body.put("divisionCode", divisionCode);
        body.put("address", "河北省测试地址" + RANDOM.nextInt(1000) + "号");
        body.put("sector", "INDUSTRY_TRADE");
        body.put("employees", 35);
        body.put("riskGrade", "YELLOW");
        return body;
    }

    /** Registers a fresh enterprise through the API as {@code username}; it is assigned to that user's department. */
    JsonNode createEnterprise(String username, String divisionCode) {
        String code = newCreditCode(divisionCode);
        Http.Response created = expect(api(username).post("/api/v1/enterprises",
                Http.json(enterpriseBody(code, divisionCode, "测试企业" + code.substring(8, 17) + "有限公司"))), 201);
        return created.json();
    }

    long createEnterpriseId(String username, String divisionCode) {
        return createEnterprise(username, divisionCode).path("id").asLong();
    }
}
