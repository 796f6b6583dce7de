package cn.safety.enforcement.persistence.account;

import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.SignInFailures;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A lock leaves a trace on the account in the audit log, committed on its own whatever the caller does next. */
class SignInFailuresIT extends PersistenceIT {

    @Autowired
    SignInFailures failures;

    @Autowired
    AccountService accounts;

    @Autowired
    DepartmentService departments;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void the_failure_that_locks_an_account_records_a_lock_entry_on_it_with_the_client_and_the_end_of_the_lock() {
        String name = "locked." + TestData.unique().toLowerCase();
        long id = open(name);
        for (int i = 0; i < 4; i++) {
            assertThat(failures.record(name.toUpperCase(), "10.0.0.7")).isNull();
        }
        assertThat(lockEntries(id)).isEmpty();

        assertThat(failures.record(name, "10.0.0.7")).isNotNull();

        assertThat(lockEntries(id)).singleElement().satisfies(after -> assertThat(after)
                .contains("\"username\": \"" + name + "\"", "\"client\": \"10.0.0.7\"", "lockedUntil"));
    }

    @Test
    void the_lock_entry_stays_even_when_the_callers_transaction_rolls_back() {
        String name = "rollback." + TestData.unique().toLowerCase();
        long id = open(name);
        for (int i = 0; i < 4; i++) {
            failures.record(name, null);
        }

        transactions.executeWithoutResult(status -> {
            failures.record(name, null);
            status.setRollbackOnly();
        });

        assertThat(lockEntries(id)).hasSize(1);
    }

    @Test
    void an_unknown_name_is_locked_like_a_real_one_without_an_audit_entry() {
        String name = "nobody." + TestData.unique().toLowerCase();
        for (int i = 0; i < 4; i++) {
            assertThat(failures.record(name, null)).isNull();
        }
        assertThat(failures.record(name, null)).isNotNull();
    }

    private List<String> lockEntries(long id) {
        return jdbc.sql("SELECT after_state::text FROM audit_entry WHERE aggregate_type = 'UserAccount'"
                        + " AND aggregate_id = ? AND action = 'UserAccountLocked'")
                .param(String.valueOf(id)).query(String.class).list();
    }

    private long open(String username) {
        Department d = departments.establishAsSystem("锁定测试应急管理局" + TestData.unique(), "130123");
        return accounts.openAsSystem(username, "测试", d.getId(), Set.of(Role.SUPERVISOR), null, "Lock-2026-pass")
                .getId();
    }
}
