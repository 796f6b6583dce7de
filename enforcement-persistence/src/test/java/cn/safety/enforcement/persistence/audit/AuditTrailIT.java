package cn.safety.enforcement.persistence.audit;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.audit.AuditVerification;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RevisingEnterprise;
import cn.safety.enforcement.domain.enterprise.TakingOverEnterprise;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The audit log on the real schema. The tampering tests break a shared chain on purpose and always put it back exactly
 * as it was, so that every chain is intact again for every other test of the run.
 */
class AuditTrailIT extends PersistenceIT {

    private static final String GENESIS = "0".repeat(64);
    private static final String TYPE = "AuditTrailTest";
    private static final long NO_SUCH_DEPARTMENT = 990_000_042L;
    private static final DateTimeFormatter DIGEST_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSSSS")
            .withZone(ZoneOffset.UTC);

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    DepartmentService departmentService;

    @Autowired
    RegisteringEnterprise registering;

    @Autowired
    ReadingEnterprises reading;

    @Autowired
    RevisingEnterprise revising;

    @Autowired
    TakingOverEnterprise takingOver;

    TestData data;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
    }

    @Test
    void entries_recorded_in_one_transaction_are_chained_each_to_the_one_before() {
        String aggregate = TestData.unique();
        // a department id that no department has: like the system's entries, it goes to the national chain
        AuditActor actor = new AuditActor("inspector.li", NO_SUCH_DEPARTMENT);
        inTransaction(() -> {
            audit.record(actor, TYPE, aggregate, "CREATE", null, Map.of("name", "甲", "employees", 10));
            audit.record(actor, TYPE, aggregate, "RENAME", Map.of("name", "甲"), Map.of("name", "乙"));
            audit.record(AuditActor.SYSTEM, TYPE, aggregate, "CLOSE", Map.of("name", "乙"), null);
        });

        List<AuditEntry> history = new ArrayList<>(audit.historyOf(TYPE, aggregate, 10));
        Collections.reverse(history);

        assertThat(history).extracting(AuditEntry::action).containsExactly("CREATE", "RENAME", "CLOSE");
        assertThat(history.get(0).prevHash()).isEqualTo(hashBefore(history.get(0).id()));
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).id()).isGreaterThan(history.get(i - 1).id());
            assertThat(history.get(i).prevHash()).isEqualTo(history.get(i - 1).hash());
        }
        assertThat(history).extracting(AuditEntry::hash).allMatch(h -> h.matches("[0-9a-f]{64}"))
                .doesNotHaveDuplicates();
        assertThat(history.get(0).username()).isEqualTo("inspector.li");
        assertThat(history.get(0).departmentId()).isEqualTo(NO_SUCH_DEPARTMENT);
        assertThat(history.get(0).before()).isNull();
        assertThat(history.get(2).after()).isNull();
        assertThat(history.get(2).departmentId()).isNull();
    }

    @Test
    void each_hash_is_the_sha256_of_the_chain_the_previous_hash_and_the_entry_content() {
        String aggregate = TestData.unique();
        long hebei = data.department("正定县", "130123").getId();
        inTransaction(() -> audit.record(new AuditActor("admin.wang", hebei), TYPE, aggregate, "REVISE",
                Map.of("riskGrade", "RED"), Map.of("riskGrade", "BLUE", "note", "整改完成")));

        AuditEntry e = audit.historyOf(TYPE, aggregate, 1).get(0);

        String content = String.join("\u001f", "130000", e.prevHash(), String.valueOf(e.id()),
                DIGEST_TIME.format(e.occurredAt()), e.username(), String.valueOf(e.departmentId()),
                e.aggregateType(), e.aggregateId(), e.action(), e.before(), e.after());
        assertThat(chainOf(e.id())).isEqualTo("130000");
        assertThat(e.hash()).isEqualTo(sha256(content));
    }

    @Test
    void the_first_entry_of_each_chain_links_to_sixty_four_zeros() {
        inTransaction(() -> audit.record(AuditActor.SYSTEM, TYPE, TestData.unique(), "PING", null, Map.of()));

        String first = jdbc.sql("SELECT prev_hash FROM audit_entry WHERE chain = '000000' ORDER BY id LIMIT 1")
                .query(String.class).single();
        List<Long> linkedToGenesisPerChain = jdbc.sql(
                        "SELECT count(*) FILTER (WHERE prev_hash = ?) FROM audit_entry GROUP BY chain")
                .param(GENESIS).query(Long.class).list();

        assertThat(first).isEqualTo(GENESIS);
        assertThat(linkedToGenesisPerChain).isNotEmpty().containsOnly(1L);
    }

    // ---- one chain per province ----------------------------------------------------------------------------------

    @Test
    void an_entry_joins_the_chain_of_its_departments_province_and_one_without_a_department_the_national_chain() {
        long zhengding = data.department("正定县", "130123").getId();
        long binhai = data.department("滨海新区", "120116").getId();
        String aggregate = TestData.unique();
        inTransaction(() -> {
            audit.record(new AuditActor("hb", zhengding), TYPE, aggregate, "HEBEI_1", null, Map.of());
            audit.record(new AuditActor("tj", binhai), TYPE, aggregate, "TIANJIN", null, Map.of());
            audit.record(AuditActor.SYSTEM, TYPE, aggregate, "SYSTEM", null, Map.of());
            audit.record(new AuditActor("hb", zhengding), TYPE, aggregate, "HEBEI_2", null, Map.of());
        });

        List<AuditEntry> history = new ArrayList<>(audit.historyOf(TYPE, aggregate, 10));
        Collections.reverse(history);

        assertThat(history).extracting(e -> chainOf(e.id())).containsExactly("130000", "120000", "000000", "130000");
        // the second 河北 entry links to the first, not to the entries of other chains written in between
        assertThat(history.get(3).prevHash()).isEqualTo(history.get(0).hash());
        assertThat(history.get(1).prevHash()).isEqualTo(hashBefore(history.get(1).id()));
    }

    @Test
    void a_province_verification_checks_and_counts_only_that_provinces_chain() {
        long binhai = data.department("滨海新区", "120116").getId();
        inTransaction(() -> audit.record(new AuditActor("tj", binhai), TYPE, TestData.unique(), "PING", null,
                Map.of()));

        AuditVerification tianjin = audit.verifyChain("120000");
        AuditVerification all = audit.verify();

        assertThat(tianjin.chain()).isEqualTo("120000");
        assertThat(tianjin.intact()).isTrue();
        assertThat(tianjin.checked()).isEqualTo(countInChain("120000")).isPositive().isLessThan(all.checked());
        assertThat(all.chain()).isNull();
        assertThat(all.checked()).isEqualTo(count());
    }

    @Test
    void an_entry_edited_in_a_province_chain_is_reported_in_that_province_only() {
        List<Long> ids = recordThreeIn(data.department("正定县", "130123").getId());
        long middle = ids.get(1);
        String original = jdbc.sql("SELECT after_state::text FROM audit_entry WHERE id = ?").param(middle)
                .query(String.class).single();
        try {
            asOwnerWithoutTrigger("audit_entry_no_update", () -> jdbc.sql(
                            "UPDATE audit_entry SET after_state = '{\"riskGrade\": \"BLUE\"}' WHERE id = ?")
                    .param(middle).update());

            assertThat(audit.verifyChain("130000").broken())
                    .containsExactly(new AuditVerification.Broken(middle, "EDITED"));
            assertThat(audit.verify().broken()).containsExactly(new AuditVerification.Broken(middle, "EDITED"));
            assertThat(audit.verifyChain("120000").intact()).isTrue();
        } finally {
            asOwnerWithoutTrigger("audit_entry_no_update", () -> jdbc.sql(
                            "UPDATE audit_entry SET after_state = CAST(? AS jsonb) WHERE id = ?")
                    .params(original, middle).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void an_entry_moved_to_another_chain_is_reported_as_edited() {
        List<Long> ids = recordThreeIn(data.department("正定县", "130123").getId());
        long last = ids.get(2);
        try {
            asOwnerWithoutTrigger("audit_entry_no_update", () -> jdbc.sql(
                    "UPDATE audit_entry SET chain = '120000' WHERE id = ?").param(last).update());

            assertThat(audit.verify().broken()).contains(new AuditVerification.Broken(last, "EDITED"));
        } finally {
            asOwnerWithoutTrigger("audit_entry_no_update", () -> jdbc.sql(
                    "UPDATE audit_entry SET chain = '130000' WHERE id = ?").param(last).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void a_removed_entry_of_a_province_chain_breaks_the_link_of_that_provinces_next_entry() {
        long zhengding = data.department("正定县", "130123").getId();
        long binhai = data.department("滨海新区", "120116").getId();
        String aggregate = TestData.unique();
        inTransaction(() -> {
            audit.record(new AuditActor("hb", zhengding), TYPE, aggregate, "HEBEI_1", null, Map.of());
            audit.record(new AuditActor("hb", zhengding), TYPE, aggregate, "HEBEI_2", null, Map.of());
            audit.record(new AuditActor("tj", binhai), TYPE, aggregate, "TIANJIN", null, Map.of());
            audit.record(new AuditActor("hb", zhengding), TYPE, aggregate, "HEBEI_3", null, Map.of());
        });
        List<Long> ids = new ArrayList<>(audit.historyOf(TYPE, aggregate, 4).stream().map(AuditEntry::id).toList());
        ids.sort(null);
        long removed = ids.get(1);
        long nextInHebei = ids.get(3);
        String savedRow = rowAsJson(removed);
        try {
            asOwnerWithoutTrigger("USER", () -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(removed)
                    .update());

            assertThat(audit.verifyChain("130000").broken())
                    .containsExactly(new AuditVerification.Broken(nextInHebei, "LINK_BROKEN"));
            assertThat(audit.verifyChain("120000").intact()).isTrue();
        } finally {
            if (jdbc.sql("SELECT count(*) FROM audit_entry WHERE id = ?").param(removed).query(Long.class)
                    .single() == 0) {
                asOwnerWithoutTrigger("USER", () -> jdbc.sql("""
                                INSERT INTO audit_entry
                                SELECT * FROM json_populate_record(NULL::audit_entry, CAST(? AS json))""")
                        .param(savedRow).update());
            }
        }
        assertThat(audit.verify().intact()).isTrue();
        assertThat(triggersEnabled()).isTrue();
    }

    @Test
    void a_writer_cannot_choose_the_chain_of_an_entry() {
        String aggregate = TestData.unique();
        inTransaction(() -> jdbc.sql("""
                        INSERT INTO audit_entry (id, occurred_at, username, department_id, aggregate_type, aggregate_id,
                                                 action, before_state, after_state, prev_hash, hash, chain)
                        VALUES (0, now(), 'forger', NULL, ?, ?, 'PING', NULL, '{}', '', '', '130000')""")
                .params(TYPE, aggregate).update());

        assertThat(chainOf(audit.historyOf(TYPE, aggregate, 1).get(0).id())).isEqualTo("000000");
    }

    @Test
    void the_chain_verifies_as_intact_and_counts_every_entry() {
        inTransaction(() -> audit.record(AuditActor.SYSTEM, TYPE, TestData.unique(), "PING", null, Map.of()));

        AuditVerification result = audit.verify();

        assertThat(result.intact()).isTrue();
        assertThat(result.broken()).isEmpty();
        assertThat(result.checked()).isEqualTo(count()).isPositive();
    }

    @Test
    void an_entry_of_a_rolled_back_transaction_is_not_kept_and_leaves_no_gap_in_the_chain() {
        String aggregate = TestData.unique();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            audit.record(AuditActor.SYSTEM, TYPE, aggregate, "CREATE", null, Map.of("n", 1));
            status.setRollbackOnly();
        });
        inTransaction(() -> audit.record(AuditActor.SYSTEM, TYPE, TestData.unique(), "AFTER", null, Map.of()));

        assertThat(audit.historyOf(TYPE, aggregate, 10)).isEmpty();
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void recording_outside_a_transaction_is_refused() {
        String aggregate = TestData.unique();

        assertThatThrownBy(() -> audit.record(AuditActor.SYSTEM, TYPE, aggregate, "CREATE", null, Map.of()))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(audit.historyOf(TYPE, aggregate, 10)).isEmpty();
    }

    @Test
    void the_latest_entries_of_the_given_departments_come_newest_first_and_page_by_id() {
        String aggregate = TestData.unique();
        long department = 900_000_000L + Math.abs(aggregate.hashCode() % 1_000_000);
        AuditActor actor = new AuditActor("auditor", department);
        inTransaction(() -> {
            for (int i = 0; i < 3; i++) {
                audit.record(actor, TYPE, aggregate, "STEP" + i, null, Map.of("i", i));
            }
            audit.record(new AuditActor("elsewhere", department + 1), TYPE, aggregate, "OTHER", null, Map.of());
        });

        List<AuditEntry> latest = audit.latest(List.of(department), null, 3);
        List<AuditEntry> before = audit.latest(List.of(department), latest.get(1).id(), 5);

        assertThat(latest).extracting(AuditEntry::action).containsExactly("STEP2", "STEP1", "STEP0");
        assertThat(before).extracting(AuditEntry::action).containsExactly("STEP0");
        assertThat(audit.latest(List.of(), null, 5)).isEmpty();
    }

    // ---- the database refuses changes --------------------------------------------------------------------------

    @Test
    void the_database_refuses_to_update_an_entry() {
        long id = recordOne();
        refusedInRolledBackTransaction(
                () -> jdbc.sql("UPDATE audit_entry SET action = 'FORGED' WHERE id = ?").param(id).update());
        assertThat(actionOf(id)).isEqualTo("PING");
    }

    @Test
    void the_database_refuses_to_delete_an_entry() {
        long id = recordOne();
        refusedInRolledBackTransaction(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(id).update());
        assertThat(actionOf(id)).isEqualTo("PING");
    }

    @Test
    void the_database_refuses_to_truncate_the_log() {
        recordOne();
        long before = count();
        refusedInRolledBackTransaction(() -> jdbc.sql("TRUNCATE audit_entry").update());
        assertThat(count()).isEqualTo(before);
    }

    // ---- tampering is detected ---------------------------------------------------------------------------------

    @Test
    void an_entry_edited_behind_the_triggers_back_is_reported_as_edited() {
        List<Long> ids = recordThree();
        long middle = ids.get(1);
        String original = jdbc.sql("SELECT after_state::text FROM audit_entry WHERE id = ?").param(middle)
                .query(String.class).single();
        try {
            asOwnerWithoutTrigger("audit_entry_no_update", () -> jdbc.sql(
                            "UPDATE audit_entry SET after_state = '{\"riskGrade\": \"BLUE\"}' WHERE id = ?")
                    .param(middle).update());

            AuditVerification tampered = audit.verify();

            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.broken()).containsExactly(new AuditVerification.Broken(middle, "EDITED"));
        } finally {
            asOwnerWithoutTrigger("audit_entry_no_update", () -> jdbc.sql(
                            "UPDATE audit_entry SET after_state = CAST(? AS jsonb) WHERE id = ?")
                    .params(original, middle).update());
        }
        assertThat(audit.verify().intact()).isTrue();
        assertThat(triggersEnabled()).isTrue();
    }

    @Test
    void a_deleted_entry_is_reported_as_a_broken_link_at_the_entry_after_it() {
        List<Long> ids = recordThree();
        long middle = ids.get(1);
        long next = ids.get(2);
        String savedRow = rowAsJson(middle);
        try {
            asOwnerWithoutTrigger("USER", () -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(middle)
                    .update());

            AuditVerification tampered = audit.verify();

            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.broken()).containsExactly(new AuditVerification.Broken(next, "LINK_BROKEN"));
        } finally {
            if (jdbc.sql("SELECT count(*) FROM audit_entry WHERE id = ?").param(middle).query(Long.class)
                    .single() == 0) {
                asOwnerWithoutTrigger("USER", () -> jdbc.sql("""
                                INSERT INTO audit_entry
                                SELECT * FROM json_populate_record(NULL::audit_entry, CAST(? AS json))""")
                        .param(savedRow).update());
            }
        }
        assertThat(rowAsJson(middle)).isEqualTo(savedRow);
        assertThat(audit.verify().intact()).isTrue();
        assertThat(triggersEnabled()).isTrue();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void inTransaction(Runnable work) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> work.run());
    }

    private long recordOne() {
        String aggregate = TestData.unique();
        inTransaction(() -> audit.record(AuditActor.SYSTEM, TYPE, aggregate, "PING", null, Map.of()));
        return audit.historyOf(TYPE, aggregate, 1).get(0).id();
    }

    private List<Long> recordThree() {
        String aggregate = TestData.unique();
        inTransaction(() -> {
            audit.record(AuditActor.SYSTEM, TYPE, aggregate, "CREATE", null, Map.of("riskGrade", "YELLOW"));
            audit.record(AuditActor.SYSTEM, TYPE, aggregate, "REVISE", Map.of("riskGrade", "YELLOW"),
                    Map.of("riskGrade", "RED"));
            audit.record(AuditActor.SYSTEM, TYPE, aggregate, "CLOSE", Map.of("riskGrade", "RED"), null);
        });
        List<Long> ids = new ArrayList<>(audit.historyOf(TYPE, aggregate, 3).stream().map(AuditEntry::id).toList());
        ids.sort(null);
        return ids;
    }

    /** Runs {@code work} as the table owner with {@code trigger} (a name, or USER for all) disabled meanwhile. */
    private void asOwnerWithoutTrigger(String trigger, Runnable work) {
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER " + trigger).update();
        try {
            work.run();
        } finally {
            jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER " + trigger).update();
        }
    }

    private boolean triggersEnabled() {
        return jdbc.sql("""
                        SELECT bool_and(tgenabled = 'O') FROM pg_trigger
                        WHERE tgrelid = 'audit_entry'::regclass AND NOT tgisinternal""")
                .query(Boolean.class).single();
    }

    /** The refused statement fails, and its transaction is rolled back whatever happens. */
    private void refusedInRolledBackTransaction(Runnable statement) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            status.setRollbackOnly();
            Throwable refused = catchThrowable(statement::run);
            assertThat(refused).isInstanceOf(DataAccessException.class);
            assertThat(((DataAccessException) refused).getMostSpecificCause())
                    .hasMessageContaining("audit_entry is append-only");
        });
    }

    /** The hash of the entry before {@code id} in its chain. */
    private String hashBefore(long id) {
        return jdbc.sql("""
                        SELECT hash FROM audit_entry
                        WHERE chain = (SELECT chain FROM audit_entry WHERE id = ?) AND id < ?
                        ORDER BY id DESC LIMIT 1""").params(id, id)
                .query(String.class).optional().orElse(GENESIS);
    }

    private String chainOf(long id) {
        return jdbc.sql("SELECT chain FROM audit_entry WHERE id = ?").param(id).query(String.class).single();
    }

    private long countInChain(String chain) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE chain = ?").param(chain).query(Long.class).single();
    }

    private List<Long> recordThreeIn(long departmentId) {
        String aggregate = TestData.unique();
        AuditActor actor = new AuditActor("inspector.zhao", departmentId);
        inTransaction(() -> {
            audit.record(actor, TYPE, aggregate, "CREATE", null, Map.of("riskGrade", "YELLOW"));
            audit.record(actor, TYPE, aggregate, "REVISE", Map.of("riskGrade", "YELLOW"), Map.of("riskGrade", "RED"));
            audit.record(actor, TYPE, aggregate, "CLOSE", Map.of("riskGrade", "RED"), null);
        });
        List<Long> ids = new ArrayList<>(audit.historyOf(TYPE, aggregate, 3).stream().map(AuditEntry::id).toList());
        ids.sort(null);
        return ids;
    }

    private String rowAsJson(long id) {
        return jdbc.sql("SELECT row_to_json(a)::text FROM audit_entry a WHERE id = ?").param(id)
                .query(String.class).single();
    }

    private String actionOf(long id) {
        return jdbc.sql("SELECT action FROM audit_entry WHERE id = ?").param(id).query(String.class).single();
    }

    private long count() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
