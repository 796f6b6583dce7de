package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.document.SettingDocumentNumbering;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import cn.safety.enforcement.web.document.SampleDocuments;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Numbered documents (R13) against the real database: concurrent issues numbered without gap or duplicate, a rolled
 * back issue giving its number back, corrections, the lock on issued rows, jurisdiction, and the PDF over the API.
 * Until inspections issue them, the subject is an enterprise.
 */
class DocumentIT extends EndToEndIT {

    @Autowired
    private IssuingDocuments issuing;
    @Autowired
    private SettingDocumentNumbering numbering;
    @Autowired
    private DepartmentService departments;
    @Autowired
    private Enterprises enterprises;
    @Autowired
    private UserDetailsService users;
    @Autowired
    private PlatformTransactionManager transactionManager;

    private static final Location ZHENGDING_LOCATION = new Location(ZHENGDING, SHIJIAZHUANG, Demo.HEBEI);

    /** Something of {@code departmentId} lying in 正定县, standing for an inspection. */
    private record Subject(long assignedDepartmentId, Location location) implements UnderJurisdiction {
    }

    private Actor actor(String username) {
        return ((EnforcementUser) users.loadUserByUsername(username)).actor();
    }

    /** A department of its own in 正定县 (beside the 应急管理局), so that its counters start at nothing. */
    private Department freshDepartment() {
        return departments.establishAsSystem("正定县安全生产执法检查队" + Long.toString(System.nanoTime(), 36),
                ZHENGDING);
    }

    private static Actor staffOf(Department d, Role role) {
        return new Actor(0, "doc-" + role.name().toLowerCase(), d.getId(), DivisionLevel.COUNTY, ZHENGDING_LOCATION,
                Set.of(role));
    }

    private Enterprise zhengdingEnterprise() {
        return enterprises.findById(demo().enterpriseIdOf("admin", ZHENGDING)).orElseThrow();
    }

    private DocumentRequest request(UnderJurisdiction subject, Enterprise e, DocumentType type) {
        return DocumentRequest.of(type, subject, "ENTERPRISE", e.getId(), Party.of(e),
                DocumentContent.builder(type.chineseName()).field("被检查单位", e.getName())
                        .table(List.of("序号", "检查事项", "结果"), List.of(List.of("1", "特种作业人员持证上岗", "不符合")))
                        .build());
    }

    private long documentsOf(long departmentId) {
        return jdbc().sql("SELECT count(*) FROM issued_document WHERE department_id = ?").param(departmentId)
                .query(Long.class).single();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    // ---- numbering ----

    @Test
    void a_hundred_concurrent_issues_in_one_department_are_numbered_1_to_100_without_gap_or_duplicate()
            throws Exception {
        Department d = freshDepartment();
        numbering.set(staffOf(d, Role.ADMIN), d.getId(), "INSPECTION_RECORD", "冀正执检记〔{year}〕{n:3}号");
        Actor inspector = staffOf(d, Role.INSPECTOR);
        Subject subject = new Subject(d.getId(), ZHENGDING_LOCATION);
        Enterprise e = zhengdingEnterprise();
        long entriesBefore = jdbc().sql("SELECT count(*) FROM audit_entry WHERE action = 'DocumentIssued'"
                + " AND department_id = ?").param(d.getId()).query(Long.class).single();

        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<IssuedDocument>> issued = new ArrayList<>();
        try {
            for (int i = 0; i < 100; i++) {
                Callable<IssuedDocument> task = () -> issuing.issue(inspector, request(subject, e,
                        DocumentType.INSPECTION_RECORD));
                issued.add(pool.submit(task));
            }
            List<IssuedDocument> documents = new ArrayList<>();
            for (Future<IssuedDocument> f : issued) {
                documents.add(f.get());
            }
            int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
            assertThat(documents).extracting(IssuedDocument::getSerial)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 100).boxed().toList());
            assertThat(documents).extracting(IssuedDocument::getNumber).doesNotHaveDuplicates()
                    .contains("冀正执检记〔" + year + "〕001号", "冀正执检记〔" + year + "〕100号");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc().sql("SELECT serial FROM issued_document WHERE department_id = ? ORDER BY serial")
                .param(d.getId()).query(Integer.class).list())
                .isEqualTo(IntStream.rangeClosed(1, 100).boxed().toList());
        assertThat(jdbc().sql("SELECT last_serial FROM document_counter WHERE department_id = ?")
                .param(d.getId()).query(Integer.class).single()).isEqualTo(100);
        assertThat(jdbc().sql("SELECT count(*) FROM audit_entry WHERE action = 'DocumentIssued'"
                + " AND department_id = ?").param(d.getId()).query(Long.class).single())
                .as("one record entry per document").isEqualTo(entriesBefore + 100);
    }

    @Test
    void a_rolled_back_issue_gives_its_number_back_and_types_count_apart() {
        Department d = freshDepartment();
        Actor inspector = staffOf(d, Role.INSPECTOR);
        Subject subject = new Subject(d.getId(), ZHENGDING_LOCATION);
        Enterprise e = zhengdingEnterprise();

        IssuedDocument first = issuing.issue(inspector, request(subject, e, DocumentType.INSPECTION_RECORD));
        assertThat(first.getSerial()).isEqualTo(1);
        assertThat(first.getNumber()).as("the default pattern").isEqualTo("检记〔" + first.getYear() + "〕1号");

        TransactionTemplate tx = new TransactionTemplate(transactionManager);
        Integer rolledBack = tx.execute(status -> {
            IssuedDocument doomed = issuing.issue(inspector, request(subject, e, DocumentType.INSPECTION_RECORD));
            status.setRollbackOnly();
            return doomed.getSerial();
        });
        assertThat(rolledBack).isEqualTo(2);
        assertThat(documentsOf(d.getId())).isEqualTo(1);

        IssuedDocument next = issuing.issue(inspector, request(subject, e, DocumentType.INSPECTION_RECORD));
        assertThat(next.getSerial()).as("the rolled-back number is issued again").isEqualTo(2);
        IssuedDocument order = issuing.issue(inspector, request(subject, e, DocumentType.RECTIFICATION_ORDER));
        assertThat(order.getSerial()).as("each type counts on its own").isEqualTo(1);
        assertThat(order.getNumber()).startsWith("责改〔");
    }

    // ---- corrections and the lock ----

    @Test
    void a_correction_is_a_new_number_naming_the_old_document_which_shows_it_was_corrected_once() throws Exception {
        Department d = freshDepartment();
        Actor inspector = staffOf(d, Role.INSPECTOR);
        Subject subject = new Subject(d.getId(), ZHENGDING_LOCATION);
        Enterprise e = zhengdingEnterprise();
        IssuedDocument old = issuing.issue(inspector, request(subject, e, DocumentType.INSPECTION_RECORD));

        IssuedDocument correction = issuing.issue(inspector,
                request(subject, e, DocumentType.INSPECTION_RECORD).correcting(old.getId()));
        assertThat(correction.getCorrectsId()).isEqualTo(old.getId());
        assertThat(correction.getSerial()).isEqualTo(2);

        assertThatThrownBy(() -> issuing.issue(inspector,
                request(subject, e, DocumentType.INSPECTION_RECORD).correcting(old.getId())))
                .isInstanceOf(Conflict.class).hasMessageContaining("document.corrects.alreadyCorrected");
        assertThatThrownBy(() -> issuing.issue(inspector,
                request(subject, e, DocumentType.RECTIFICATION_ORDER).correcting(correction.getId())))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> issuing.issue(inspector,
                request(subject, e, DocumentType.INSPECTION_RECORD).correcting(987_654_321L)))
                .isInstanceOf(RuleViolation.class);
        IssuedDocument third = issuing.issue(inspector, request(subject, e, DocumentType.INSPECTION_RECORD));
        assertThat(third.getSerial()).as("refused corrections consumed no number").isEqualTo(3);

        assertThat(jdbc().sql("SELECT corrects_id FROM issued_document WHERE id = ?").param(correction.getId())
                .query(Long.class).single()).isEqualTo(old.getId());
        try (PDDocument pdf = Loader.loadPDF(jdbc().sql("SELECT pdf FROM issued_document WHERE id = ?")
                .param(correction.getId()).query((rs, n) -> rs.getBytes(1)).single())) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", ""))
                    .contains("本文书更正" + old.getNumber());
        }
    }

    @Test
    void an_issued_document_cannot_be_updated_or_deleted_in_the_database() {
        Department d = freshDepartment();
        IssuedDocument doc = issuing.issue(staffOf(d, Role.INSPECTOR),
                request(new Subject(d.getId(), ZHENGDING_LOCATION), zhengdingEnterprise(),
                        DocumentType.INSPECTION_RECORD));
        assertThatThrownBy(() -> jdbc().sql("UPDATE issued_document SET number = 'x' WHERE id = ?")
                .param(doc.getId()).update()).hasMessageContaining("locked");
        assertThatThrownBy(() -> jdbc().sql("DELETE FROM issued_document WHERE id = ?")
                .param(doc.getId()).update()).hasMessageContaining("locked");
        assertThat(jdbc().sql("SELECT number FROM issued_document WHERE id = ?").param(doc.getId())
                .query(String.class).single()).isEqualTo(doc.getNumber());
    }

    // ---- jurisdiction ----

    @Test
    void only_the_enforcement_staff_of_the_subjects_department_issue_and_refusals_consume_no_number() {
        Enterprise e = zhengdingEnterprise();
        long before = documentsOf(e.assignedDepartmentId());
        DocumentRequest r = request(e, e, DocumentType.SUPERVISION_NOTICE);
        assertThatThrownBy(() -> issuing.issue(actor("xt-inspector"), r)).as("a county beside")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> issuing.issue(actor("bh-inspector"), r)).as("another province")
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> issuing.issue(actor("sjz-supervisor"), r)).as("the city above reads only")
                .isInstanceOf(OutOfJurisdiction.class);
        assertThatThrownBy(() -> issuing.issue(actor("zd-legal"), r)).as("a legal reviewer does not issue")
                .isInstanceOf(OutOfJurisdiction.class);
        assertThat(documentsOf(e.assignedDepartmentId())).isEqualTo(before);

        long upper = demo().createEnterpriseId("sjz-inspector", ZHENGDING);
        Enterprise cityOwned = enterprises.findById(upper).orElseThrow();
        assertThatThrownBy(() -> issuing.issue(actor("zd-inspector"), request(cityOwned, cityOwned,
                DocumentType.SUPERVISION_NOTICE))).as("the county below does not issue on the city's enterprise")
                .isInstanceOf(NotFound.class);

        IssuedDocument ok = issuing.issue(actor("zd-chief"), r);
        assertThat(ok.getDepartmentId()).isEqualTo(demo().departmentId(ZHENGDING));
        assertThat(documentsOf(e.assignedDepartmentId())).isEqualTo(before + 1);
    }

    // ---- over the API ----

    @Test
    void the_api_gives_the_document_with_the_frozen_party_and_the_pdf_exactly_as_issued_to_those_who_read_it()
            throws Exception {
        Enterprise e = zhengdingEnterprise();
        DocumentRequest r = DocumentRequest.of(DocumentType.INSPECTION_RECORD, e, "ENTERPRISE", e.getId(),
                Party.of(e), SampleDocuments.inspectionRecord(6));
        IssuedDocument doc = issuing.issue(actor("zd-inspector"), r);

        JsonNode json = expect(api("zd-inspector").get("/api/v1/documents/" + doc.getId()), 200).json();
        assertThat(json.path("id").asLong()).isEqualTo(doc.getId());
        assertThat(text(json, "number")).isEqualTo(doc.getNumber());
        assertThat(text(json, "type")).isEqualTo("INSPECTION_RECORD");
        assertThat(text(json, "typeName")).isEqualTo("现场检查记录");
        assertThat(text(json, "issuedBy")).isEqualTo("zd-inspector");
        assertThat(text(json, "issuedAt")).matches("\\d{4}-\\d{2}-\\d{2}T.*\\+08:00");
        assertThat(text(json.path("party"), "name")).isEqualTo(e.getName());
        assertThat(text(json.path("party"), "creditCode")).isEqualTo(e.getCreditCode());
        assertThat(json.path("correctsId").isNull()).isTrue();
        assertThat(json.path("correctedById").isNull()).isTrue();

        Http.Response pdf = expect(api("zd-inspector").get("/api/v1/documents/" + doc.getId() + "/pdf"), 200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(sha256(pdf.bytes())).isEqualTo(text(json, "pdfSha256")).isEqualTo(doc.getPdfSha256());
        assertThat(pdf.header("ETag")).contains("\"" + doc.getPdfSha256() + "\"");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains(doc.getNumber(), SampleDocuments.PARTY, "特种作业人员未持证上岗", "不符合",
                    "正定县应急管理局");
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 96);
            Path dir = Files.createDirectories(Path.of("target", "documents"));
            ImageIO.write(page, "png", dir.resolve("issued-" + doc.getId() + ".png").toFile());
            assertThat(page.getWidth()).isBetween(790, 800);
        }

        assertThat(expect(api("sjz-supervisor").get("/api/v1/documents/" + doc.getId()), 200).json()
                .path("id").asLong()).as("the city above reads").isEqualTo(doc.getId());
        expect(api("zd-legal").get("/api/v1/documents/" + doc.getId() + "/pdf"), 200);
        for (String outsider : List.of("xt-inspector", "bh-inspector", "tj-admin")) {
            problem(api(outsider).get("/api/v1/documents/" + doc.getId()), 404);
            problem(api(outsider).get("/api/v1/documents/" + doc.getId() + "/pdf"), 404);
        }
        problem(api("zd-inspector").get("/api/v1/documents/987654321"), 404);

        IssuedDocument correction = issuing.issue(actor("zd-inspector"), r.correcting(doc.getId()));
        JsonNode corrected = expect(api("zd-inspector").get("/api/v1/documents/" + doc.getId()), 200).json();
        assertThat(corrected.path("correctedById").asLong()).isEqualTo(correction.getId());
        assertThat(expect(api("zd-inspector").get("/api/v1/documents/" + correction.getId()), 200).json()
                .path("correctsId").asLong()).isEqualTo(doc.getId());
    }

    // ---- the admin page ----

    @Test
    void an_admin_sets_a_pattern_on_the_page_sees_the_next_number_and_a_bad_pattern_is_refused_naming_the_rule() {
        Department d = freshDepartment();
        Http.Browser admin = browser("admin");
        String page = admin.page("/admin/document-numbering?departmentId=" + d.getId());
        int year = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        assertThat(page).contains("现场检查记录", "{type}〔{year}〕{n}号", "检记〔" + year + "〕1号", "（默认规则）");

        Http.Response bad = admin.submit("/admin/document-numbering", Http.Form.of("departmentId",
                String.valueOf(d.getId()), "type", "INSPECTION_RECORD", "pattern", "冀正应急检记〔{year}〕"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("编号规则须含 {year} 和 {n} 各一次", "冀正应急检记〔{year}〕");
        assertThat(jdbc().sql("SELECT count(*) FROM document_numbering WHERE department_id = ?").param(d.getId())
                .query(Long.class).single()).isZero();
        assertThat(admin.submit("/admin/document-numbering", Http.Form.of("departmentId", String.valueOf(d.getId()),
                "type", "INSPECTION_RECORD", "pattern", "冀正应急检记〔{year}〕{type}{x}号")).body())
                .contains("不认识的占位符 {x}");

        Http.Response saved = admin.submit("/admin/document-numbering", Http.Form.of("departmentId",
                String.valueOf(d.getId()), "type", "INSPECTION_RECORD", "pattern", "冀正应急检记〔{year}〕{n}号"));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(admin.page(saved.location())).contains("冀正应急检记〔" + year + "〕1号",
                "现场检查记录的编号规则已改为 冀正应急检记〔{year}〕{n}号");
        assertThat(jdbc().sql("SELECT action FROM audit_entry WHERE aggregate_type = 'DocumentNumbering'"
                + " AND department_id = ? ORDER BY id").param(d.getId()).query(String.class).list())
                .containsExactly("DocumentNumberingSet");

        problem(api("tj-admin").get("/api/v1/documents/0"), 404);
        assertThat(browser("tj-admin").get("/admin/document-numbering?departmentId=" + d.getId()).status())
                .as("another province's admin").isEqualTo(404);
        assertThat(browser("zd-inspector").get("/admin/document-numbering").status()).isEqualTo(403);
    }
}
