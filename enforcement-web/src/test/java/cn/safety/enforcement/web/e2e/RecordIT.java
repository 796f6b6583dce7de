package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 全过程记录 by events: each command leaves exactly one audit entry, named for its event, made by the signed-in user
 * and kept with the department that holds the record.
 */
class RecordIT extends EndToEndIT {

    @Autowired
    private JdbcClient jdbc;

    /** One audit entry as stored. */
    record Entry(String action, String username, Long departmentId, String aggregateId) {
    }

    private java.util.List<Entry> entriesAfter(long id) {
        return jdbc.sql("SELECT action, username, department_id, aggregate_id FROM audit_entry WHERE id > ? ORDER BY id")
                .param(id)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4)))
                .list();
    }

    private long lastEntryId() {
        return jdbc.sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    @Test
    void registering_an_enterprise_leaves_exactly_one_entry_named_for_the_event_by_the_signed_in_user() {
        long last = lastEntryId();

        JsonNode created = expect(api("zd-inspector").post("/api/v1/enterprises", Http.json(
                Demo.enterpriseBody(Demo.newCreditCode(ZHENGDING), ZHENGDING, "事件记录测试有限公司"))), 201).json();

        assertThat(entriesAfter(last)).containsExactly(new Entry("EnterpriseRegistered", "zd-inspector",
                demo().departmentId(ZHENGDING), created.path("id").asText()));
    }
}
