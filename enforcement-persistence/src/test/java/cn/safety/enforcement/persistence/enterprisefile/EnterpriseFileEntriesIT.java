package cn.safety.enforcement.persistence.enterprisefile;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprisefile.EnterpriseFileEntries;
import cn.safety.enforcement.domain.enterprisefile.FileAudience;
import cn.safety.enforcement.domain.enterprisefile.FileCursor;
import cn.safety.enforcement.domain.enterprisefile.FileEntry;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time line of one enterprise (一企一档) read in one statement: every source newest first in the order (time, kind,
 * id), pages that follow each other across entries of the same instant, nothing of another enterprise, the staff's
 * scope applied to inspections and documents, and the enterprise's own account seeing only what was served on it.
 */
class EnterpriseFileEntriesIT extends PersistenceIT {

    private static final Instant T1 = Instant.parse("2024-03-01T02:00:00Z");
    private static final Instant T2 = Instant.parse("2024-05-06T01:30:00Z");
    private static final Instant T3 = Instant.parse("2024-05-06T08:00:00.123456Z");

    @Autowired
    EnterpriseFileEntries entries;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DepartmentService departmentService;

    @Autowired
    RegisteringEnterprise registering;

    Department county;
    Department beside;
    Enterprise enterprise;
    Enterprise neighbour;

    @BeforeEach
    void setUp() {
        TestData data = new TestData(departmentService, registering);
        county = data.department("正定", "130123");
        beside = data.department("正定执法支队", "130123");
        enterprise = data.enterprise(county, "一企一档测试企业" + TestData.unique());
        neighbour = data.enterprise(county, "一企一档邻居企业" + TestData.unique());
    }

    private long inspection(Department by, Enterprise of, String status, Instant startedAt, Instant completedAt) {
        return jdbc.sql("""
                        INSERT INTO inspection (id, department_id, division_code, city_code, province_code, enterprise_id,
                            kind, trigger, status, started_at, completed_at, refused_at, refused_by, refusal_reason,
                            created_by, created_at)
                        VALUES (nextval('inspection_seq'), :department, '130123', '130100', '130000', :enterprise,
                            'SPECIAL', 'COMPLAINT', :status, CAST(:started AS timestamptz),
                            CAST(:completed AS timestamptz),
                            CASE WHEN CAST(:status AS varchar) = 'REFUSED' THEN CAST(:started AS timestamptz) END,
                            CASE WHEN CAST(:status AS varchar) = 'REFUSED' THEN 'tester' END,
                            CASE WHEN CAST(:status AS varchar) = 'REFUSED' THEN '测试' END, 'tester', now())
                        RETURNING id""")
                .param("department", by.getId()).param("enterprise", of.getId()).param("status", status)
                .param("started", Timestamp.from(startedAt))
                .param("completed", completedAt == null ? null : Timestamp.from(completedAt))
                .query(Long.class).single();
    }

    private long document(Department by, long inspectionId, String number, Instant issuedAt) {
        return jdbc.sql("""
                        INSERT INTO issued_document (id, department_id, division_code, city_code, province_code, type,
                            year, serial, number, subject_kind, subject_id, party, content, pdf, pdf_sha256, issued_by,
                            issued_at)
                        VALUES (nextval('issued_document_seq'), :department, '130123', '130100', '130000',
                            'INSPECTION_RECORD', 2024, nextval('issued_document_seq'), :number, 'INSPECTION',
                            :inspection, '{}'::jsonb, '{}'::jsonb, '\\x00'::bytea, repeat('0', 64), 'tester', :at)
                        RETURNING id""")
                .param("department", by.getId()).param("inspection", inspectionId).param("number", number)
                .param("at", Timestamp.from(issuedAt))
                .query(Long.class).single();
    }

    private long hazard(Department by, Enterprise of, String status, Instant foundAt, java.time.LocalDate dueOn) {
        return jdbc.sql("""
                        INSERT INTO hazard (id, department_id, division_code, city_code, province_code, enterprise_id,
                            source, grade, description, internal_note, status, due_on, found_at, found_by,
                            created_at, created_by)
                        VALUES (nextval('hazard_seq'), :department, '130123', '130100', '130000', :enterprise,
                            'SELF_REPORT', 'MAJOR', '储罐区可燃气体报警器失效', '内部：企业负责人态度消极', :status,
                            :due, :found, 'tester', now(), 'tester')
                        RETURNING id""")
                .param("department", by.getId()).param("enterprise", of.getId()).param("status", status)
                .param("due", dueOn).param("found", Timestamp.from(foundAt))
                .query(Long.class).single();
    }

    private long hazardDocument(Department by, long hazardId, String type, Instant issuedAt) {
        return jdbc.sql("""
                        INSERT INTO issued_document (id, department_id, division_code, city_code, province_code, type,
                            year, serial, number, subject_kind, subject_id, party, content, pdf, pdf_sha256, issued_by,
                            issued_at)
                        VALUES (nextval('issued_document_seq'), :department, '130123', '130100', '130000', :type,
                            2024, nextval('issued_document_seq'), :number, 'HAZARD', :hazard, '{}'::jsonb,
                            '{}'::jsonb, '\\x00'::bytea, repeat('0', 64), 'tester', :at)
                        RETURNING id""")
                .param("department", by.getId()).param("type", type).param("hazard", hazardId)
                .param("number", "责改" + TestData.unique()).param("at", Timestamp.from(issuedAt))
                .query(Long.class).single();
    }

    private long accident(Enterprise of, Instant occurredAt) {
        return jdbc.sql("""
                        INSERT INTO accident (id, enterprise_id, department_id, occurred_at, place, category, deaths,
                            serious_injuries, grade, recorded_by, recorded_at)
                        VALUES (nextval('accident_seq'), :enterprise, :department, :at, '二号车间', 'MACHINERY', 1, 0,
                            'GENERAL', 'tester', now())
                        RETURNING id""")
                .param("enterprise", of.getId()).param("department", county.getId())
                .param("at", Timestamp.from(occurredAt))
                .query(Long.class).single();
    }

    private static String key(FileEntry e) {
        return e.kind() + " " + e.id();
    }

    private static FileAudience staffOf(Department... departments) {
        Set<Long> ids = new java.util.HashSet<>();
        for (Department d : departments) {
            ids.add(d.getId());
        }
        return new FileAudience.Department(new Scope(ids));
    }

    @Test
    void every_source_comes_newest_first_by_time_then_kind_then_id_and_nothing_of_another_enterprise() {
        long early = inspection(county, enterprise, "COMPLETED", T1, T1.plusSeconds(3600));
        long record = document(county, early, "冀正应急检记〔2024〕" + TestData.unique() + "号", T1.plusSeconds(3600));
        // two inspections and an accident at the very same instant: ordered by kind, then id, descending
        long sameA = inspection(county, enterprise, "REFUSED", T2, null);
        long sameB = inspection(county, enterprise, "COMPLETED", T2, T2.plusSeconds(60));
        long accident = accident(enterprise, T2);
        long open = inspection(county, enterprise, "IN_PROGRESS", T3, null);
        inspection(county, neighbour, "COMPLETED", T2, T2.plusSeconds(60));
        accident(neighbour, T3);

        List<FileEntry> all = entries.page(enterprise.getId(), staffOf(county), null, 50);

        long initial = enterprise.getAssignments().get(0).getId();
        assertThat(all).extracting(EnterpriseFileEntriesIT::key).containsExactly(
                "ASSIGNMENT " + initial, "INSPECTION " + open, "INSPECTION " + sameB, "INSPECTION " + sameA,
                "ACCIDENT " + accident, "DOCUMENT " + record, "INSPECTION " + early);
        FileEntry inspection = all.get(2);
        assertThat(inspection.at()).isEqualTo(T2);
        assertThat(inspection.code()).isEqualTo("SPECIAL");
        assertThat(inspection.state()).isEqualTo("COMPLETED");
        assertThat(inspection.until()).isEqualTo(T2.plusSeconds(60));
        assertThat(inspection.departmentId()).isEqualTo(county.getId());
        assertThat(inspection.departmentName()).isEqualTo(county.getName());
        assertThat(all.get(1).at()).as("microseconds kept").isEqualTo(T3);
        assertThat(all.get(5).code()).isEqualTo("INSPECTION_RECORD");
        assertThat(all.get(5).title()).startsWith("冀正应急检记");
        assertThat(all.get(4)).satisfies(a -> {
            assertThat(a.code()).isEqualTo("MACHINERY");
            assertThat(a.state()).isEqualTo("GENERAL");
            assertThat(a.title()).isEqualTo("二号车间");
        });
        assertThat(all.get(0)).satisfies(a -> {
            assertThat(a.code()).isEqualTo("INITIAL");
            assertThat(a.title()).as("no department before the first").isNull();
            assertThat(a.departmentName()).isEqualTo(county.getName());
        });
    }

    @Test
    void pages_follow_each_other_without_duplicates_or_gaps_across_entries_of_the_same_instant() {
        for (int i = 0; i < 3; i++) {
            inspection(county, enterprise, "REFUSED", T2, null);
            accident(enterprise, T2);
        }
        long done = inspection(county, enterprise, "COMPLETED", T1, T1.plusSeconds(60));
        document(county, done, "检记" + TestData.unique(), T2);
        accident(enterprise, T1);
        List<FileEntry> whole = entries.page(enterprise.getId(), staffOf(county), null, 100);
        assertThat(whole).hasSize(10);

        for (int size : List.of(1, 2, 3, 4)) {
            List<FileEntry> paged = new ArrayList<>();
            FileCursor before = null;
            List<FileEntry> page;
            do {
                page = entries.page(enterprise.getId(), staffOf(county), before, size);
                paged.addAll(page);
                if (!page.isEmpty()) {
                    // through the cursor's written form, as a link carries it
                    before = FileCursor.parse(page.get(page.size() - 1).cursor().toString());
                }
            } while (page.size() == size);
            assertThat(paged).as("pages of %d", size).extracting(EnterpriseFileEntriesIT::key)
                    .containsExactlyElementsOf(whole.stream().map(EnterpriseFileEntriesIT::key).toList());
        }
    }

    @Test
    void staff_read_the_inspections_and_documents_of_the_departments_in_their_scope_only() {
        long ours = inspection(county, enterprise, "COMPLETED", T1, T1.plusSeconds(60));
        long theirs = inspection(beside, enterprise, "COMPLETED", T2, T2.plusSeconds(60));
        long theirRecord = document(beside, theirs, "支队检记" + TestData.unique(), T2.plusSeconds(60));
        long accident = accident(enterprise, T3);

        assertThat(entries.page(enterprise.getId(), staffOf(county), null, 50))
                .extracting(EnterpriseFileEntriesIT::key)
                .contains("INSPECTION " + ours, "ACCIDENT " + accident)
                .doesNotContain("INSPECTION " + theirs, "DOCUMENT " + theirRecord);
        assertThat(entries.page(enterprise.getId(), staffOf(county, beside), null, 50))
                .extracting(EnterpriseFileEntriesIT::key)
                .contains("INSPECTION " + ours, "INSPECTION " + theirs, "DOCUMENT " + theirRecord);
        assertThat(entries.page(enterprise.getId(), new FileAudience.Department(Scope.nothing()), null, 50))
                .extracting(EnterpriseFileEntriesIT::key)
                .as("accidents and jurisdiction history follow the enterprise, read once it is readable")
                .doesNotContain("INSPECTION " + ours, "INSPECTION " + theirs)
                .contains("ACCIDENT " + accident);
    }

    @Test
    void the_enterprise_reads_its_completed_inspections_and_the_documents_served_on_it_and_nothing_internal() {
        long done = inspection(county, enterprise, "COMPLETED", T1, T1.plusSeconds(60));
        long record = document(county, done, "检记" + TestData.unique(), T1.plusSeconds(60));
        long byBeside = inspection(beside, enterprise, "COMPLETED", T1.plusSeconds(600), T1.plusSeconds(900));
        long refused = inspection(county, enterprise, "REFUSED", T2, null);
        long underWay = inspection(county, enterprise, "IN_PROGRESS", T3, null);
        long accident = accident(enterprise, T2);
        long others = inspection(county, neighbour, "COMPLETED", T1, T1.plusSeconds(60));

        List<FileEntry> own = entries.page(enterprise.getId(), new FileAudience.Enterprise(), null, 50);

        assertThat(own).extracting(EnterpriseFileEntriesIT::key).containsExactly(
                "INSPECTION " + byBeside, "DOCUMENT " + record, "INSPECTION " + done);
        assertThat(own).extracting(EnterpriseFileEntriesIT::key).doesNotContain("INSPECTION " + refused,
                "INSPECTION " + underWay, "ACCIDENT " + accident, "INSPECTION " + others);
    }

    @Test
    void hazards_and_the_documents_issued_about_them_join_the_time_line_without_their_internal_note() {
        long found = hazard(county, enterprise, "ORDERED", T1, java.time.LocalDate.of(2024, 3, 20));
        long order = hazardDocument(county, found, "RECTIFICATION_ORDER", T1.plusSeconds(7200));
        long besides = hazard(beside, enterprise, "FOUND", T2, null);
        long others = hazard(county, neighbour, "FOUND", T2, null);

        List<FileEntry> staff = entries.page(enterprise.getId(), staffOf(county), null, 50);
        assertThat(staff).extracting(EnterpriseFileEntriesIT::key)
                .contains("DOCUMENT " + order, "HAZARD " + found)
                .doesNotContain("HAZARD " + besides, "HAZARD " + others);
        FileEntry hazard = staff.stream().filter(e -> e.id() == found && e.kind().name().equals("HAZARD"))
                .findFirst().orElseThrow();
        assertThat(hazard.code()).isEqualTo("MAJOR");
        assertThat(hazard.state()).isEqualTo("ORDERED");
        assertThat(hazard.title()).isEqualTo("储罐区可燃气体报警器失效");
        assertThat(hazard.until()).isEqualTo(Instant.parse("2024-03-20T00:00:00Z"));
        assertThat(staff).allSatisfy(e -> assertThat(String.valueOf(e.title()) + e.note()).doesNotContain("内部"));

        assertThat(entries.page(enterprise.getId(), new FileAudience.Enterprise(), null, 50))
                .extracting(EnterpriseFileEntriesIT::key)
                .containsExactly("HAZARD " + besides, "DOCUMENT " + order, "HAZARD " + found);
    }

    @Test
    void a_written_cursor_reads_back_and_anything_else_is_refused_on_the_before_field() {
        FileCursor c = new FileCursor(T3, cn.safety.enforcement.domain.enterprisefile.FileEntryKind.ACCIDENT, 42);
        assertThat(FileCursor.parse(c.toString())).isEqualTo(c);
        for (String bad : List.of("x", "1_ACCIDENT", "1_NOPE_2", "a_ACCIDENT_2", "1_ACCIDENT_b")) {
            assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                    cn.safety.enforcement.domain.RuleViolation.class, () -> FileCursor.parse(bad))
                    .problems().get(0).field()).isEqualTo("before");
        }
    }
}
