package cn.safety.enforcement.persistence.audit;

import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditVerification;
import cn.safety.enforcement.persistence.TestDatabase;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database whose record was written before the chains were kept per province: its entries stay verifiable as the
 * one national chain they formed, with the digest they were written with, next to the new chains.
 */
class AuditChainMigrationIT {

    @Test
    void entries_written_before_the_chains_per_province_still_verify_and_an_edit_among_them_is_found() {
        DataSource dataSource = TestDatabase.freshDataSource("audit_chain_migration");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("2").load().migrate();
        for (String action : List.of("ESTABLISH", "OPEN", "REGISTER")) {
            jdbc.sql("""
                            INSERT INTO audit_entry (id, occurred_at, username, department_id, aggregate_type,
                                                     aggregate_id, action, before_state, after_state, prev_hash, hash)
                            VALUES (0, now(), 'legacy', NULL, 'Legacy', '1', ?, NULL, '{"n": 1}', '', '')""")
                    .param(action).update();
        }

        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcAuditTrail trail = new JdbcAuditTrail(jdbc, Clock.systemUTC());
        trail.record(AuditActor.SYSTEM, "Legacy", "2", "AFTER_MIGRATION", null, Map.of());

        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE chain IS NULL").query(Long.class).single())
                .isEqualTo(3);
        AuditVerification afterMigration = trail.verify();
        assertThat(afterMigration.broken()).isEmpty();
        assertThat(afterMigration.checked()).isEqualTo(4);

        long middle = jdbc.sql("SELECT id FROM audit_entry WHERE action = 'OPEN'").query(Long.class).single();
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("UPDATE audit_entry SET username = 'forger' WHERE id = ?").param(middle).update();
        jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();

        assertThat(trail.verify().broken()).containsExactly(new AuditVerification.Broken(middle, "EDITED"));
    }
}
