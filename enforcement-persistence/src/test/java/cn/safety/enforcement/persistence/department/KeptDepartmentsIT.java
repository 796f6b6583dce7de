package cn.safety.enforcement.persistence.department;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The departments within a division are kept: never managed by a request, dropped when a change commits here. */
class KeptDepartmentsIT extends PersistenceIT {

    private static final String BAODING = "130600";

    @Autowired
    Departments departments;

    @Autowired
    DepartmentService service;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    EntityManager entityManager;

    @Autowired
    JdbcClient jdbc;

    @Test
    void kept_departments_are_not_managed_by_the_transaction_that_reads_them() {
        Department established = service.establishAsSystem("保定测试局" + TestData.unique(), BAODING);
        transactions.executeWithoutResult(status -> {
            List<Department> within = departments.findWithin(established.getLocation());
            assertThat(within).extracting(Department::getId).contains(established.getId());
            assertThat(within).noneMatch(entityManager::contains);
            // the same department read by id in this transaction is another, managed object
            Department managed = departments.findById(established.getId()).orElseThrow();
            assertThat(entityManager.contains(managed)).isTrue();
            assertThat(within).doesNotContain(managed);
        });
    }

    @Test
    void a_rename_here_is_seen_at_once_while_a_change_behind_this_nodes_back_waits_for_the_ttl() {
        Department d = service.establishAsSystem("保定测试局" + TestData.unique(), BAODING);
        assertThat(namesWithin(d)).contains(d.getName());

        // as another node would: the kept list still shows what it read
        jdbc.sql("UPDATE department SET name = ? WHERE id = ?").params(d.getName() + "外", d.getId()).update();
        assertThat(namesWithin(d)).contains(d.getName()).doesNotContain(d.getName() + "外");

        Department current = departments.findById(d.getId()).orElseThrow();
        service.rename(TestData.actorOf(current, Role.ADMIN), d.getId(), current.getVersion(), d.getName() + "新");
        assertThat(namesWithin(d)).contains(d.getName() + "新").doesNotContain(d.getName(), d.getName() + "外");
    }

    private List<String> namesWithin(Department d) {
        return departments.findWithin(d.getLocation()).stream().map(Department::getName).toList();
    }
}
