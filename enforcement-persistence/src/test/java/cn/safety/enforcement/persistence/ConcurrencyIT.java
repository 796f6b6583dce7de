package cn.safety.enforcement.persistence;

import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.audit.AuditActor;
import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.audit.AuditVerification;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RevisingEnterprise;
import cn.safety.enforcement.domain.enterprise.TakingOverEnterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static cn.safety.enforcement.persistence.TestData.inspectorOf;
import static cn.safety.enforcement.persistence.TestData.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Transactions that overlap. When two both read the same row and both change it, the one that commits second must fail
 * instead of silently overwriting the first one's change; the second transaction runs nested (REQUIRES_NEW) so that
 * the interleaving is exact: A reads, B reads, changes and commits, A changes and commits. Audit entries written from
 * several threads at once must still form one chain.
 */
class ConcurrencyIT extends PersistenceIT {

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Departments departments;

    @Autowired
    Enterprises enterprises;

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

    @Autowired
    AuditTrail audit;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    TestData data;
    TransactionTemplate first;
    TransactionTemplate second;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
        first = new TransactionTemplate(transactionManager);
        second = new TransactionTemplate(transactionManager);
        second.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Test
    void the_later_of_two_transactions_renaming_the_same_department_fails_to_commit() {
        long id = data.department("正定县", "130123").getId();
        String winner = "先提交的名称" + TestData.unique();

        assertThatThrownBy(() -> first.executeWithoutResult(a -> {
            Department seenByFirst = departments.findById(id).orElseThrow();
            second.executeWithoutResult(b -> departments.findById(id).orElseThrow().rename(winner));
            seenByFirst.rename("后提交的名称" + TestData.unique());
        })).isInstanceOf(StaleVersion.class);

        Department stored = departments.findById(id).orElseThrow();
        assertThat(stored.getName()).isEqualTo(winner);
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void the_later_of_two_revisions_of_the_same_enterprise_fails_and_leaves_no_audit_entry() {
        Department d = data.department("正定县", "130123");
        Actor inspector = inspectorOf(d);
        String name = "并发修改企业" + TestData.unique();
        long id = data.enterprise(d, "130123", name, Sector.MINING, RiskGrade.BLUE).getId();
        AtomicLong versionSeenByFirst = new AtomicLong(-1);

        assertThatThrownBy(() -> first.executeWithoutResult(a -> {
            versionSeenByFirst.set(enterprises.findById(id).orElseThrow().getVersion());
            second.executeWithoutResult(b -> revising.revise(inspector, id, 0, "130123",
                    profile(name, Sector.MINING, RiskGrade.ORANGE)));
            // Both passed the service's version check with version 0: only the database can tell them apart.
            revising.revise(inspector, id, versionSeenByFirst.get(), "130123",
                    profile(name, Sector.MINING, RiskGrade.RED));
        })).isInstanceOf(StaleVersion.class);

        Enterprise stored = enterprises.findById(id).orElseThrow();
        assertThat(versionSeenByFirst.get()).isZero();
        assertThat(stored.getRiskGrade()).isEqualTo(RiskGrade.ORANGE);
        assertThat(stored.getVersion()).isEqualTo(1);
        assertThat(audit.historyOf("Enterprise", id, 10)).extracting(AuditEntry::action)
                .containsExactly("EnterpriseRevised", "EnterpriseRegistered");
    }

    @Test
    void a_revision_made_on_an_outdated_version_is_refused_before_anything_is_written() {
        Department d = data.department("正定县", "130123");
        Actor inspector = inspectorOf(d);
        String name = "版本过期企业" + TestData.unique();
        long id = data.enterprise(d, "130123", name, Sector.MINING, RiskGrade.BLUE).getId();
        revising.revise(inspector, id, 0, "130123", profile(name, Sector.MINING, RiskGrade.YELLOW));

        assertThatThrownBy(() -> revising.revise(inspector, id, 0, "130123",
                profile(name, Sector.MINING, RiskGrade.RED))).isInstanceOf(StaleVersion.class);

        Enterprise stored = enterprises.findById(id).orElseThrow();
        assertThat(stored.getRiskGrade()).isEqualTo(RiskGrade.YELLOW);
        assertThat(stored.getVersion()).isEqualTo(1);
    }

    @Test
    void audit_entries_recorded_by_concurrent_transactions_still_form_one_unbroken_chain() throws Exception {
        String aggregate = TestData.unique();
        int threads = 4;
        int perThread = 15;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        int n = i;
                        first.executeWithoutResult(s -> audit.record(AuditActor.SYSTEM, "ConcurrencyTest", aggregate,
                                "STEP", null, Map.of("thread", thread, "n", n)));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        List<AuditEntry> entries = audit.historyOf("ConcurrencyTest", aggregate, 1000);
        assertThat(entries).hasSize(threads * perThread);
        assertThat(entries).extracting(AuditEntry::prevHash).doesNotHaveDuplicates();
        AuditVerification chain = audit.verify();
        assertThat(chain.broken()).isEmpty();
    }

    /**
     * The lock on the chain is per province: a transaction that holds 河北's chain open (as a bulk import does until it
     * commits) delays no writer of 天津, while a second writer of 河北 waits for it, so that 河北's chain stays one line.
     */
    @Test
    void a_transaction_holding_the_hebei_chain_delays_no_tianjin_writer_but_a_second_hebei_writer_waits()
            throws Exception {
        long zhengding = data.department("正定县", "130123").getId();
        long luancheng = data.department("栾城区", "130111").getId();
        long binhai = data.department("滨海新区", "120116").getId();
        String aggregate = TestData.unique();
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> holder = pool.submit(() -> first.executeWithoutResult(s -> {
                audit.record(new AuditActor("importer", zhengding), "ChainLockTest", aggregate, "IMPORT", null,
                        Map.of("n", 1));
                written.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            assertThat(written.await(30, TimeUnit.SECONDS)).isTrue();

            Future<?> tianjin = pool.submit(() -> first.executeWithoutResult(s -> audit.record(
                    new AuditActor("tj", binhai), "ChainLockTest", aggregate, "REGISTER", null, Map.of())));
            // waits (and fails here with a TimeoutException) if 天津 had to wait for 河北's open transaction
            tianjin.get(10, TimeUnit.SECONDS);
            assertThat(holder.isDone()).isFalse();

            Future<?> secondHebei = pool.submit(() -> first.executeWithoutResult(s -> audit.record(
                    new AuditActor("hb", luancheng), "ChainLockTest", aggregate, "REGISTER", null, Map.of())));
            assertThat(waitsForTheChainLockOfHebei()).as("a second 河北 writer waits for the chain").isTrue();
            assertThat(secondHebei.isDone()).isFalse();

            release.countDown();
            holder.get(30, TimeUnit.SECONDS);
            secondHebei.get(30, TimeUnit.SECONDS);
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
        List<AuditEntry> entries = audit.historyOf("ChainLockTest", aggregate, 10);
        assertThat(entries).extracting(AuditEntry::action).containsExactly("REGISTER", "REGISTER", "IMPORT");
        // the second 河北 entry follows the import's in 河北's chain
        assertThat(entries.get(0).prevHash()).isEqualTo(entries.get(2).hash());
        assertThat(audit.verifyChain("130000").broken()).isEmpty();
        assertThat(audit.verifyChain("120000").broken()).isEmpty();
    }

    /** Polls pg_locks until a backend waits for the advisory lock of 河北's chain (130000), for up to ten seconds. */
    private boolean waitsForTheChainLockOfHebei() throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            long waiting = jdbc.sql("""
                            SELECT count(*) FROM pg_locks
                            WHERE locktype = 'advisory' AND classid = 7262515 AND objid = 130000 AND NOT granted""")
                    .query(Long.class).single();
            if (waiting > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }
}
