package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.WebIT;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of the HTTP end-to-end tests: the whole application of {@link WebIT}, driven only through its pages and its
 * JSON API. All subclasses share one application context with {@link WebIT}.
 */
public abstract class EndToEndIT extends WebIT {

    @Autowired
    private JdbcClient jdbc;

    protected JdbcClient jdbc() {
        return jdbc;
    }

    /** One line of an enterprise's assignment history as stored, oldest first. */
    protected record Assignment(String kind, Long fromDepartmentId, long toDepartmentId, String reason,
                                String assignedBy) {
    }

    /** The assignment history of an enterprise, read from the database, oldest first. */
    protected List<Assignment> assignments(long enterpriseId) {
        return jdbc.sql("""
                        SELECT kind, from_department_id, to_department_id, reason, assigned_by
                        FROM enterprise_assignment WHERE enterprise_id = ? ORDER BY assigned_at, id""")
                .param(enterpriseId)
                .query((rs, n) -> new Assignment(rs.getString("kind"), rs.getObject("from_department_id", Long.class),
                        rs.getLong("to_department_id"), rs.getString("reason"), rs.getString("assigned_by")))
                .list();
    }

    /** The actions the audit log holds for an enterprise, oldest first. */
    protected List<String> auditActions(long enterpriseId) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE aggregate_type = 'Enterprise' AND aggregate_id = ?"
                        + " ORDER BY id")
                .param(String.valueOf(enterpriseId)).query(String.class).list();
    }

    /** How many entries the audit log holds, all chains together. */
    protected long totalAuditEntries() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }

    protected Http.Api api(String username) {
        return new Http.Api(base(), username, PASSWORD);
    }

    protected Http.Api api(String username, String password) {
        return new Http.Api(base(), username, password);
    }

    protected Http.Anonymous anonymous() {
        return new Http.Anonymous(base());
    }

    /** A browser signed in through the login form. */
    protected Http.Browser browser(String username) {
        return browser(username, PASSWORD);
    }

    protected Http.Browser browser(String username, String password) {
        Http.Browser browser = new Http.Browser(base());
        browser.signIn(username, password);
        return browser;
    }

    protected Http.Browser signedOutBrowser() {
        return new Http.Browser(base());
    }

    protected Demo demo() {
        return Demo.of(base(), PASSWORD);
    }

    /**
     * Opens an account through the admin's user page, as the province admin, and returns its id. Inspectors get an
     * enforcement certificate valid now.
     */
    protected long openAccount(String username, String password, String divisionCode, String... roles) {
        Http.Browser admin = browser("admin");
        Http.Form form = Http.Form.of("username", username, "fullName", "测试用户", "departmentId",
                String.valueOf(demo().departmentId(divisionCode)), "password", password,
                "certificateNumber", "冀执" + Math.abs(username.hashCode()),
                "certificateValidFrom", "2024-01-01", "certificateValidUntil", "2035-12-31");
        for (String role : roles) {
            form.add("roles", role);
        }
        Http.Response created = admin.submit("/admin/users", form);
        assertThat(created.status()).as("%s", created).isEqualTo(302);
        String location = created.location();
        assertThat(location).matches("/admin/users/\\d+");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** A username no other test uses. */
    protected static String uniqueUsername(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }
}
