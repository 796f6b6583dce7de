package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RevisingEnterprise;
import cn.safety.enforcement.domain.enterprise.TakingOverEnterprise;
import cn.safety.enforcement.domain.enterprise.ImportReport;
import cn.safety.enforcement.domain.enterprise.ImportRow;
import cn.safety.enforcement.domain.enterprise.ImportingEnterprises;
import cn.safety.enforcement.domain.enterprise.RejectionLog;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulk import on the real schema: rows written by COPY chunk by chunk, the assignments and the one audit entry
 * written set-based at the end, and nothing left when one row is rejected.
 */
class EnterpriseImportIT extends PersistenceIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ImportingEnterprises importing;

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
    JdbcClient jdbc;

    TestData data;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
    }

    @Test
    void twenty_thousand_and_one_rows_are_all_registered_assigned_and_recorded_in_one_entry() {
        Department d = data.department("正定县", "130123");
        Actor inspector = TestData.inspectorOf(d);
        int count = 20_001;

        ImportReport report = importing.importAll(inspector, rows(count, "130123", -1), new NoLog());

        assertThat(report.accepted()).isTrue();
        assertThat(report.imported()).isEqualTo(count);
        assertThat(countWhere("enterprise", "department_id = ?", d.getId())).isEqualTo(count);
        assertThat(jdbc.sql("""
                        SELECT count(*) FROM enterprise_assignment a JOIN enterprise e ON e.id = a.enterprise_id
                        WHERE e.department_id = ? AND a.kind = 'INITIAL' AND a.to_department_id = ?
                          AND a.assigned_by = ?""").params(d.getId(), d.getId(), inspector.username())
                .query(Long.class).single()).isEqualTo(count);
        List<String> entries = jdbc.sql("""
                        SELECT after_state::text FROM audit_entry
                        WHERE action = 'EnterprisesImported' AND department_id = ? AND chain = '130000'""")
                .params(d.getId()).query(String.class).list();
        long firstId = jdbc.sql("SELECT min(id) FROM enterprise WHERE department_id = ?").param(d.getId())
                .query(Long.class).single();
        long lastId = jdbc.sql("SELECT max(id) FROM enterprise WHERE department_id = ?").param(d.getId())
                .query(Long.class).single();
        assertThat(entries).singleElement().satisfies(after -> {
            JsonNode json = JSON.readTree(after);
            assertThat(json.path("count").asLong()).isEqualTo(count);
            assertThat(json.path("firstId").asLong()).isEqualTo(firstId);
            assertThat(json.path("lastId").asLong()).isEqualTo(lastId);
        });
        assertThat(audit.verifyChain("130000").broken()).isEmpty();
        assertThat(reading.countByRiskGrade(inspector).get(RiskGrade.BLUE)).isEqualTo(count);
    }

    @Test
    void one_bad_row_at_the_end_of_a_long_file_leaves_nothing_behind() {
        Department d = data.department("正定县", "130123");
        Actor inspector = TestData.inspectorOf(d);
        long auditBefore = countWhere("audit_entry", "department_id = ?", d.getId());

        ImportReport report = importing.importAll(inspector, rows(5_000, "130123", 4_999), new NoLog());

        assertThat(report.accepted()).isFalse();
        assertThat(report.rejectedRows()).isEqualTo(1);
        assertThat(report.rejected().get(0).line()).isEqualTo(5_001);
        assertThat(countWhere("enterprise", "department_id = ?", d.getId())).isZero();
        assertThat(countWhere("audit_entry", "department_id = ?", d.getId())).isEqualTo(auditBefore);
        assertThat(countWhere("enterprise_risk_count", "department_id = ? AND enterprises > 0", d.getId())).isZero();
    }

    @Test
    void a_code_registered_before_and_one_repeated_chunks_later_are_told_apart() {
        Department d = data.department("正定县", "130123");
        Actor inspector = TestData.inspectorOf(d);
        String registered = data.enterprise(d, "已登记企业").getCreditCode();
        List<ImportRow> rows = new ArrayList<>(rows(2_500, "130123", -1));
        rows.add(new ImportRow(2_502, registered, "130123", profile("重复登记"), List.of()));
        rows.add(new ImportRow(2_503, rows.get(3).creditCode(), "130123", profile("文件内重复"), List.of()));

        ImportReport report = importing.importAll(inspector, rows, new NoLog());

        assertThat(report.rejected()).extracting(r -> r.line() + ":" + r.problems().get(0).messageCode())
                .containsExactly("2502:creditCode.duplicate", "2503:creditCode.duplicateInFile");
        assertThat(countWhere("enterprise", "department_id = ?", d.getId())).isEqualTo(1);
    }

    /** {@code count} generated rows, made as they are read; the row at {@code badIndex} has no name. */
    private static List<ImportRow> rows(int count, String division, int badIndex) {
        String run = TestData.unique();
        String prefix = String.valueOf(100 + Math.abs(run.hashCode()) % 900);
        return new AbstractList<>() {
            @Override
            public ImportRow get(int i) {
                String first17 = "91" + division + prefix + String.format("%06d", i);
                String code = first17 + CreditCode.checkCharacter(first17);
                return new ImportRow(i + 2, code, division, profile(i == badIndex ? " " : "批量导入企业" + run + i),
                        List.of());
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    private static EnterpriseProfile profile(String name) {
        return EnterpriseProfile.basic(name, "测试路1号", Sector.INDUSTRY_TRADE, 20, RiskGrade.BLUE);
    }

    private long countWhere(String table, String condition, Object... params) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE " + condition).params(params)
                .query(Long.class).single();
    }

    private static final class NoLog implements RejectionLog {

        @Override
        public void add(ImportReport.RejectedRow row) {
        }

        @Override
        public InputStream contents() {
            return new ByteArrayInputStream(new byte[0]);
        }

        @Override
        public long length() {
            return 0;
        }
    }
}
