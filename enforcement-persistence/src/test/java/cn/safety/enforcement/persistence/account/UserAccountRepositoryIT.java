package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One account per name whatever its case: the database refuses twins, and every spelling finds the one account. */
class UserAccountRepositoryIT extends PersistenceIT {

    @Autowired
    AccountService service;

    @Autowired
    UserAccounts accounts;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_database_refuses_a_username_that_differs_from_another_only_by_case() {
        String name = "case." + TestData.unique().toLowerCase();
        long id = open(name).longValue();

        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO app_user (id, username, full_name, password_hash, department_id, enabled,
                                              password_changed_at)
                        SELECT nextval('app_user_seq'), ?, full_name, password_hash, department_id, enabled, now()
                        FROM app_user WHERE id = ?""")
                .params(name.toUpperCase(), id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void opening_a_twin_is_refused_on_the_username_field_and_nothing_is_saved() {
        String name = "twin." + TestData.unique().toLowerCase();
        open(name);

        assertThatThrownBy(() -> open(name.toUpperCase()))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("username");
                        assertThat(p.messageCode()).isEqualTo("account.username.duplicate");
                    });
                });
        assertThat(jdbc.sql("SELECT count(*) FROM app_user WHERE lower(username) = ?").param(name)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void every_spelling_of_a_username_finds_the_one_account() {
        String name = "spell." + TestData.unique().toLowerCase();
        Long id = open(name);

        assertThat(accounts.findByUsername(name.toUpperCase())).hasValueSatisfying(a -> {
            assertThat(a.getId()).isEqualTo(id);
            assertThat(a.getUsername()).isEqualTo(name);
        });
        assertThat(accounts.findByUsername("S" + name.substring(1))).map(a -> a.getId()).hasValue(id);
        assertThat(accounts.existsByUsername(name.toUpperCase())).isTrue();
        assertThat(accounts.findByUsername(name + "x")).isEmpty();
    }

    private Long open(String username) {
        Department d = departments.establishAsSystem("大小写测试应急管理局" + TestData.unique(), "130123");
        return service.openAsSystem(username, "测试", d.getId(), Set.of(Role.SUPERVISOR), null, "Case-2026-pass")
                .getId();
    }
}
