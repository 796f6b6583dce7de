package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Fixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.safety.enforcement.domain.testsupport.Violations.fieldsAndCodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The streaming import: all or nothing, every bad row reported, the rows written chunk by chunk and recorded at the end. */
class ImportingEnterprisesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");

    private final Fixture f = new Fixture();
    private final Divisions divisions = mock(Divisions.class);
    private final FakeStore store = new FakeStore();
    private final FakeTransactions transactions = new FakeTransactions();
    private final FakeReports reports = new FakeReports();
    private final MemoryLog log = new MemoryLog();
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final org.springframework.context.ApplicationEventPublisher events =
            org.mockito.Mockito.mock(org.springframework.context.ApplicationEventPublisher.class);
    private final cn.safety.enforcement.domain.division.Townships townships =
            org.mockito.Mockito.mock(cn.safety.enforcement.domain.division.Townships.class);
    private ImportingEnterprises importing = importing(100);

    private final Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);

    private ImportingEnterprises importing(int shown) {
        return new ImportingEnterprises(store, reports, f.departments, divisions, townships, transactions,
                new ImportLimits(shown, Duration.ofHours(1)), clock, events);
    }

    @BeforeEach
    void answerLikeTheDatabase() {
        Map<String, Division> byCode = Stream.of(f.hebei, f.shijiazhuang, f.zhengding, f.luancheng, f.tianjin, f.binhai)
                .collect(Collectors.toMap(Division::getCode, Function.identity()));
        when(divisions.findAllByCodeIn(anyCollection())).thenAnswer(inv -> {
            Collection<String> codes = inv.getArgument(0);
            return byCode.values().stream().filter(d -> codes.contains(d.getCode())).toList();
        });
        when(divisions.existsByParentCode(anyString())).thenAnswer(inv -> !((String) inv.getArgument(0)).endsWith("23")
                && !((String) inv.getArgument(0)).endsWith("24") && !((String) inv.getArgument(0)).endsWith("16"));
        when(divisions.findByCode(anyString())).thenAnswer(inv -> Optional.ofNullable(byCode.get(inv.getArgument(0))));
    }

    private static String code(String orgCode) {
        String first17 = "91130123" + orgCode;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static EnterpriseProfile profile(String name) {
        return EnterpriseProfile.basic(name, "正定县新城铺镇工业街8号", Sector.HAZARDOUS_CHEMICALS, 120, RiskGrade.ORANGE);
    }

    private static ImportRow row(int line, String creditCode, String divisionCode, EnterpriseProfile profile,
                                 RuleViolation.Problem... readProblems) {
        Map<String, String> cells = new HashMap<>();
        if (creditCode != null) {
            cells.put("creditCode", creditCode);
        }
        if (divisionCode != null) {
            cells.put("divisionCode", divisionCode);
        }
        if (profile.name() != null) {
            cells.put("name", profile.name());
        }
        return new ImportRow(line, creditCode, divisionCode, profile, List.of(readProblems), cells);
    }

    @Test
    void import_with_one_bad_row_imports_nothing_and_names_that_row() {
        List<ImportRow> rows = List.of(
                row(2, code("MA0000001"), "130123", profile("甲公司")),
                row(3, code("MA0000002"), "130123", profile("  ")),
                row(4, code("MA0000003"), "130123", profile("丙公司")));

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.accepted()).isFalse();
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.imported()).isZero();
        assertThat(report.rejectedRows()).isEqualTo(1);
        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(r.creditCode()).isEqualTo(code("MA0000002"));
            assertThat(fieldsAndCodes(r.problems())).containsExactly("name:enterprise.name.required");
        });
        assertThat(transactions.rolledBack).isTrue();
        assertThat(store.completed).isFalse();
    }

    @Test
    void import_reports_every_bad_row_with_its_line_number_and_problems() {
        String badCheck = code("MA0000002").substring(0, 17) + (code("MA0000002").endsWith("0") ? "1" : "0");
        EnterpriseProfile unreadableSector = EnterpriseProfile.basic("戊公司", "某地址", null, 10, RiskGrade.BLUE);
        List<ImportRow> rows = List.of(
                row(2, code("MA0000001"), "130123", profile("甲公司")),
                row(3, badCheck, "130123", profile("乙公司")),
                row(4, code("MA0000004"), "130124", profile("丁公司")),
                row(5, code("MA0000005"), "130123", unreadableSector,
                        new RuleViolation.Problem("sector", "import.sector.unknown", "冶金?")),
                row(6, code("MA0000006"), "999999", profile("己公司")),
                row(7, null, "130123", profile("庚公司")));

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.imported()).isZero();
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(3, 4, 5, 6, 7);
        assertThat(fieldsAndCodes(report.rejected().get(0).problems()))
                .containsExactly("creditCode:creditCode.checkDigit");
        // a location outside the importer's area is refused on its own row
        assertThat(fieldsAndCodes(report.rejected().get(1).problems()))
                .containsExactly("divisionCode:jurisdiction.location.outside");
        // the unreadable value is the problem; "sector required" only follows from it and is not repeated
        assertThat(fieldsAndCodes(report.rejected().get(2).problems()))
                .containsExactly("sector:import.sector.unknown");
        assertThat(fieldsAndCodes(report.rejected().get(3).problems()))
                .containsExactly("divisionCode:enterprise.division.unknown");
        assertThat(fieldsAndCodes(report.rejected().get(4).problems()))
                .containsExactly("creditCode:creditCode.required");
        assertThat(report.rejected().get(1).valueOf("divisionCode")).isEqualTo("130124");
        assertThat(transactions.rolledBack).isTrue();
        assertThat(store.completed).isFalse();
    }

    private static ImportRow inTownship(int line, String creditCode, String township) {
        return new ImportRow(line, creditCode, "130123", township, profile("乡镇企业" + line), List.of(),
                Map.of("creditCode", creditCode, "township", township));
    }

    @Test
    void a_township_is_found_by_name_within_the_rows_county_and_an_unknown_one_is_refused_listing_the_countys() {
        cn.safety.enforcement.domain.division.Township zhufutun = cn.safety.enforcement.domain.testsupport.Reflect
                .withId(cn.safety.enforcement.domain.division.Township.establish("诸福屯镇",
                        cn.safety.enforcement.domain.division.TownshipKind.TOWN, null, f.zhengding), 900L);
        cn.safety.enforcement.domain.division.Township xinan = cn.safety.enforcement.domain.testsupport.Reflect
                .withId(cn.safety.enforcement.domain.division.Township.establish("新安镇",
                        cn.safety.enforcement.domain.division.TownshipKind.TOWN, null, f.zhengding), 901L);
        when(townships.findByCounties(org.mockito.ArgumentMatchers.anyCollection()))
                .thenReturn(List.of(xinan, zhufutun));

        ImportReport refused = importing.importAll(inspector, List.of(inTownship(2, code("MA0000001"), "诸福屯镇"),
                inTownship(3, code("MA0000002"), "栾城镇")), log);

        assertThat(refused.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(fieldsAndCodes(r.problems())).containsExactly("township:import.township.unknown");
            assertThat(r.problems().get(0).args()).containsExactly("栾城镇", "正定县", "新安镇、诸福屯镇");
            assertThat(r.values()).containsEntry("township", "栾城镇");
        });

        ImportReport accepted = importing(100).importAll(inspector, List.of(inTownship(2, code("MA0000003"),
                " 诸福屯镇 "), row(3, code("MA0000004"), "130123", profile("无乡镇公司"))), log);
        assertThat(accepted.accepted()).isTrue();
        assertThat(store.added.subList(store.added.size() - 2, store.added.size()))
                .extracting(Enterprise::getTownshipId).containsExactly(900L, null);
        // once per import and county, not once per row
        org.mockito.Mockito.verify(townships, org.mockito.Mockito.times(2)).findByCounties(Set.of("130123"));
    }

    @Test
    void import_rejects_the_second_occurrence_of_a_credit_code_within_the_file() {
        List<ImportRow> rows = List.of(
                row(2, code("MA0000001"), "130123", profile("甲公司")),
                row(3, " " + code("MA0000001").toLowerCase(), "130123", profile("甲公司（重复）")),
                row(4, code("MA0000003"), "130123", profile("丙公司")));

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(fieldsAndCodes(r.problems())).containsExactly("creditCode:creditCode.duplicateInFile");
        });
        assertThat(transactions.rolledBack).isTrue();
    }

    @Test
    void a_second_occurrence_many_chunks_later_is_found_too_without_keeping_the_codes_in_memory() {
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < ImportingEnterprises.CHUNK * 2 + 10; i++) {
            rows.add(row(i + 2, code(String.format("MA%07d", i + 1)), "130123", profile("企业" + i)));
        }
        rows.add(row(rows.size() + 2, code("MA0000007"), "130123", profile("重复企业")));

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(ImportingEnterprises.CHUNK * 2 + 12);
            assertThat(fieldsAndCodes(r.problems())).containsExactly("creditCode:creditCode.duplicateInFile");
        });
        assertThat(store.writes).as("one write per chunk").isEqualTo(3);
    }

    @Test
    void import_rejects_a_credit_code_that_is_already_registered() {
        store.registeredBefore.add(code("MA0000003"));
        List<ImportRow> rows = List.of(
                row(2, code("MA0000001"), "130123", profile("甲公司")),
                row(3, code("MA0000003"), "130123", profile("丙公司")));

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(3);
            assertThat(fieldsAndCodes(r.problems())).containsExactly("creditCode:creditCode.duplicate");
        });
        assertThat(transactions.rolledBack).isTrue();
    }

    @Test
    void import_of_good_rows_saves_them_all_into_the_own_department_and_records_each_at_the_end() {
        List<ImportRow> rows = List.of(
                row(2, code("MA0000001"), "130123", profile("甲公司")),
                row(3, code("MA0000002"), " 130123 ", profile("乙公司")));

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.accepted()).isTrue();
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.imported()).isEqualTo(2);
        assertThat(report.reportId()).isNull();
        assertThat(store.added).extracting(Enterprise::getName).containsExactly("甲公司", "乙公司");
        assertThat(store.added).allSatisfy(e -> {
            assertThat(e.getDepartmentId()).isEqualTo(3L);
            assertThat(e.getCreatedAt()).isEqualTo(NOW);
        });
        assertThat(store.completed).isTrue();
        assertThat(store.completedBy).isEqualTo(inspector.username());
        org.mockito.Mockito.verify(events).publishEvent(new EnterprisesImported(3L, 2, 1L, 2L));
        org.mockito.Mockito.verifyNoMoreInteractions(events);
        assertThat(transactions.rolledBack).isFalse();
        assertThat(log.rows).isEmpty();
        assertThat(reports.kept).isEmpty();
    }

    @Test
    void the_page_shows_the_first_rejections_and_the_kept_report_holds_every_one_for_the_importer_only()
            throws IOException {
        importing = importing(2);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            rows.add(row(i + 2, code(String.format("MA%07d", i + 1)), "999999", profile("企业" + i)));
        }

        ImportReport report = importing.importAll(inspector, rows, log);

        assertThat(report.rejectedRows()).isEqualTo(5);
        assertThat(report.rejected()).extracting(ImportReport.RejectedRow::line).containsExactly(2, 3);
        assertThat(report.truncated()).isTrue();
        assertThat(log.rows).extracting(ImportReport.RejectedRow::line).containsExactly(2, 3, 4, 5, 6);
        assertThat(report.reportId()).isNotNull();
        StringBuilder read = new StringBuilder();
        importing.readReport(inspector, report.reportId(),
                in -> read.append(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        assertThat(read.toString()).isEqualTo("2,3,4,5,6");
        Actor colleague = f.actor(f.zhengdingDept, Role.INSPECTOR);
        assertThatThrownBy(() -> importing.readReport(colleague, report.reportId(), in -> { }))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> importing.readReport(inspector, "no-such-report", in -> { }))
                .isInstanceOf(NotFound.class);
    }

    // ---- fakes ----

    /** The store as the database answers: codes registered before, and those this batch wrote. */
    private static final class FakeStore implements EnterpriseImports {

        final Set<String> registeredBefore = new java.util.HashSet<>();
        final Set<String> written = new java.util.HashSet<>();
        final List<Enterprise> added = new ArrayList<>();
        int writes;
        boolean completed;
        String completedBy;

        @Override
        public Batch begin() {
            return new Batch() {
                @Override
                public Map<String, Boolean> registered(Collection<String> creditCodes) {
                    Map<String, Boolean> found = new LinkedHashMap<>();
                    for (String c : creditCodes) {
                        if (registeredBefore.contains(c)) {
                            found.put(c, false);
                        } else if (written.contains(c)) {
                            found.put(c, true);
                        }
                    }
                    return found;
                }

                @Override
                public void add(List<Enterprise> enterprises) {
                    writes++;
                    enterprises.forEach(e -> written.add(e.getCreditCode()));
                    added.addAll(enterprises);
                }

                @Override
                public Added complete(String by, Instant at) {
                    completed = true;
                    completedBy = by;
                    assertThat(at).isEqualTo(NOW);
                    return new Added(added.size(), added.isEmpty() ? null : 1L, (long) added.size());
                }
            };
        }
    }

    private static final class FakeTransactions implements TransactionOperations {

        boolean rolledBack;

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            SimpleTransactionStatus status = new SimpleTransactionStatus(true);
            T result = action.doInTransaction(status);
            rolledBack = status.isRollbackOnly();
            return result;
        }
    }

    /** Keeps the report's text: the lines of the rejected rows. */
    private static final class MemoryLog implements RejectionLog {

        final List<ImportReport.RejectedRow> rows = new ArrayList<>();

        @Override
        public void add(ImportReport.RejectedRow row) {
            rows.add(row);
        }

        @Override
        public InputStream contents() {
            return new ByteArrayInputStream(bytes());
        }

        @Override
        public long length() {
            return bytes().length;
        }

        private byte[] bytes() {
            return rows.stream().map(r -> String.valueOf(r.line())).collect(Collectors.joining(","))
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final class FakeReports implements ImportErrorReports {

        final Map<String, Map.Entry<String, byte[]>> kept = new HashMap<>();

        @Override
        public String keep(String username, InputStream content, long length, Instant now, Instant forgetBefore) {
            String id = "report-" + (kept.size() + 1);
            try {
                kept.put(id, Map.entry(username, content.readAllBytes()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return id;
        }

        @Override
        public boolean read(String id, String username, Instant notBefore, Reader reader) {
            Map.Entry<String, byte[]> report = kept.get(id);
            if (report == null || !report.getKey().equals(username)) {
                return false;
            }
            try {
                reader.read(new ByteArrayInputStream(report.getValue()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return true;
        }
    }
}
