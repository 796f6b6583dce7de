package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionOperations;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** Attaching, reading and withdrawing evidence: types by content, limits, jurisdiction, the hash check, the record. */
class EvidenceUseCasesTest {

    private static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final byte[] PNG = bytes(new int[] {0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] EXE = bytes(new int[] {'M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0});

    private final Fixture f = new Fixture();
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final JurisdictionPolicy policy = new JurisdictionPolicy(f.departments, f.entrustments, clock);
    private final Enterprises enterprises = mock(Enterprises.class);
    private final Evidences evidences = mock(Evidences.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final MemoryStore store = new MemoryStore();
    private final AcceptedEvidence accepted = new AcceptedEvidence(Map.of(
            EvidenceKind.IMAGE, new AcceptedEvidence.Kind(Set.of("image/png", "image/jpeg"), 1000),
            EvidenceKind.PDF, new AcceptedEvidence.Kind(Set.of("application/pdf"), 50)));
    private final AttachingEvidence attaching = new AttachingEvidence(evidences, store, new MagicTypes(), accepted,
            enterprises, policy, events, TransactionOperations.withoutTransaction(), clock);
    private final ReadingEvidence reading = new ReadingEvidence(evidences, store, enterprises, policy);
    private final WithdrawingEvidence withdrawing = new WithdrawingEvidence(evidences, policy, events, clock);

    private Enterprise zhengding;
    private Enterprise binhai;

    @BeforeEach
    void setUp() {
        zhengding = existing(10, "MA0000001", f.zhengding, f.zhengdingDept);
        binhai = existing(12, "MA0000003", f.binhai, f.binhaiDept);
        when(evidences.save(any())).thenAnswer(inv -> {
            Evidence e = inv.getArgument(0);
            if (e.getId() == null) {
                Reflect.withId(e, 700L);
            }
            when(evidences.findById(e.getId())).thenReturn(Optional.of(e));
            return e;
        });
    }

    private Enterprise existing(long id, String orgCode, Division division, Department department) {
        String first17 = "91" + division.getCode() + orgCode;
        Enterprise e = Enterprise.register(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)),
                EnterpriseProfile.basic("测试有限公司", "某地", Sector.HAZARDOUS_CHEMICALS, 50, RiskGrade.ORANGE),
                division, department, "someone", NOW.minusSeconds(86_400));
        Reflect.withId(e, id);
        when(enterprises.findById(id)).thenReturn(Optional.of(e));
        return e;
    }

    private static byte[] bytes(int[] values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] png(int size) {
        byte[] b = new byte[size];
        System.arraycopy(PNG, 0, b, 0, PNG.length);
        for (int i = PNG.length; i < size; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    /** A stream that must not be read: the refusal comes before the content. */
    private static InputStream untouchable() {
        return new InputStream() {
            @Override
            public int read() {
                throw new AssertionError("the content was read before the refusal");
            }
        };
    }

    private Actor inspector;

    private Actor inspector() {
        if (inspector == null) {
            inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        }
        return inspector;
    }

    // ---- attaching ----

    @Test
    void a_photo_is_stored_whole_with_its_hash_and_the_owners_jurisdiction_and_published_once() throws Exception {
        byte[] photo = png(700);
        Evidence e = attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "C:\\相册\\现场照片.png",
                new ByteArrayInputStream(photo));

        assertThat(e.getContentType()).isEqualTo("image/png");
        assertThat(e.getKind()).isEqualTo(EvidenceKind.IMAGE);
        assertThat(e.getSize()).isEqualTo(700);
        assertThat(e.getSha256()).isEqualTo(sha256(photo));
        assertThat(e.getFileName()).as("the folder part dropped").isEqualTo("现场照片.png");
        assertThat(e.assignedDepartmentId()).isEqualTo(f.zhengdingDept.getId());
        assertThat(e.location()).isEqualTo(zhengding.location());
        assertThat(e.getOwnerKind()).isEqualTo("ENTERPRISE");
        assertThat(e.getOwnerId()).isEqualTo(10L);
        assertThat(e.getUploadedBy()).isEqualTo(inspector().username());
        assertThat(e.getUploadedAt()).isEqualTo(NOW);
        assertThat(store.files.get(e.getStorageKey())).as("the header read for detection is stored too")
                .isEqualTo(photo);
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue()).isInstanceOf(EvidenceAttached.class);
        EvidenceAttached attached = (EvidenceAttached) event.getValue();
        assertThat(attached.after().sha256()).isEqualTo(sha256(photo));
        assertThat(attached.label()).isEqualTo("evidence.EvidenceAttached");
        assertThat(attached.departmentId()).isEqualTo(f.zhengdingDept.getId());
    }

    @Test
    void a_program_named_like_a_photo_is_refused_by_its_content_and_nothing_is_stored() {
        assertThat(problemsOf(() -> attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "photo.jpg",
                new ByteArrayInputStream(EXE)))).containsExactly("file:evidence.file.typeRefused");
        assertThat(store.files).isEmpty();
        verify(evidences, never()).save(any());
        verify(events, never()).publishEvent(any());
    }

    @Test
    void a_file_over_its_kinds_limit_is_refused_naming_the_limit_and_nothing_is_recorded() {
        byte[] pdf = new byte[51];
        System.arraycopy(PDF, 0, pdf, 0, PDF.length);
        assertThatThrownBy(() -> attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.pdf",
                new ByteArrayInputStream(pdf))).isInstanceOf(EvidenceTooLarge.class);
        assertThat(store.files).isEmpty();
        verify(evidences, never()).save(any());
        byte[] fits = java.util.Arrays.copyOf(pdf, 50);
        assertThat(attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.pdf",
                new ByteArrayInputStream(fits)).getKind()).as("at the limit").isEqualTo(EvidenceKind.PDF);
    }

    @Test
    void an_empty_or_missing_file_is_refused_on_file() {
        assertThat(problemsOf(() -> attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.png",
                new ByteArrayInputStream(new byte[0])))).containsExactly("file:evidence.file.empty");
        assertThat(problemsOf(() -> attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.png",
                null))).containsExactly("file:evidence.file.required");
        assertThat(store.files).isEmpty();
    }

    @Test
    void a_narrower_set_of_types_refuses_the_others_so_a_signature_is_an_image() {
        Set<String> images = attaching.typesOf(EvidenceKind.IMAGE);
        assertThat(images).containsExactlyInAnyOrder("image/png", "image/jpeg");
        assertThat(problemsOf(() -> attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "sig.pdf",
                new ByteArrayInputStream(PDF), images))).containsExactly("file:evidence.file.typeRefused");
        assertThat(attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "sig.png",
                new ByteArrayInputStream(png(100)), images).getKind()).isEqualTo(EvidenceKind.IMAGE);
    }

    @Test
    void jurisdiction_is_checked_before_a_byte_is_read() {
        EvidenceOwner own = EvidenceOwner.enterprise(zhengding);
        assertThatThrownBy(() -> attaching.attach(f.actor(f.luanchengDept, Role.INSPECTOR), own, "a.png",
                untouchable())).as("a county beside").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attaching.attach(f.actor(f.binhaiDept, Role.INSPECTOR), own, "a.png",
                untouchable())).as("another province").isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> attaching.attach(f.actor(f.shijiazhuangDept, Role.SUPERVISOR), own, "a.png",
                untouchable())).as("the city above reads but does not act").isInstanceOf(OutOfJurisdiction.class);
        assertThatThrownBy(() -> attaching.attach(f.actor(f.zhengdingDept, Role.LEGAL_REVIEWER), own, "a.png",
                untouchable())).as("not enforcement staff").isInstanceOf(OutOfJurisdiction.class);
        assertThatThrownBy(() -> attaching.attachToEnterprise(inspector(), 12L, "a.png", untouchable()))
                .as("an enterprise of another province is unknown").isInstanceOf(NotFound.class);
        assertThat(store.files).isEmpty();
    }

    @Test
    void a_file_name_with_control_characters_is_refused_and_an_absent_one_is_named_evidence() {
        assertThat(problemsOf(() -> attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding),
                "a\u202Egnp.exe", new ByteArrayInputStream(png(50))))).containsExactly("file:evidence.fileName.invalid");
        assertThat(attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "  ",
                new ByteArrayInputStream(png(50))).getFileName()).isEqualTo("evidence");
        String longName = "长".repeat(300) + ".png";
        assertThat(Evidence.cleanFileName(longName)).hasSize(255).endsWith(".png");
    }

    // ---- reading ----

    @Test
    void a_file_is_served_only_while_it_has_its_recorded_hash() throws Exception {
        byte[] photo = png(300);
        Evidence e = attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.png",
                new ByteArrayInputStream(photo));
        try (EvidenceContent c = reading.open(inspector(), e.getId())) {
            assertThat(c.content().readAllBytes()).isEqualTo(photo);
        }
        assertThat(reading.open(f.actor(f.shijiazhuangDept, Role.SUPERVISOR), e.getId()).evidence().getId())
                .as("the city above reads").isEqualTo(e.getId());

        byte[] changed = photo.clone();
        changed[200] ^= 1;
        store.files.put(e.getStorageKey(), changed);
        assertThatThrownBy(() -> reading.open(inspector(), e.getId())).isInstanceOf(EvidenceTampered.class)
                .isInstanceOf(Conflict.class);
        store.files.put(e.getStorageKey(), java.util.Arrays.copyOf(photo, 299));
        assertThatThrownBy(() -> reading.open(inspector(), e.getId())).as("truncated")
                .isInstanceOf(EvidenceTampered.class);
        store.files.remove(e.getStorageKey());
        assertThatThrownBy(() -> reading.open(inspector(), e.getId())).as("lost")
                .isInstanceOf(EvidenceTampered.class);
    }

    @Test
    void outsiders_are_told_the_evidence_does_not_exist() {
        Evidence e = attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.png",
                new ByteArrayInputStream(png(100)));
        for (Actor outsider : List.of(f.actor(f.luanchengDept, Role.INSPECTOR), f.actor(f.binhaiDept,
                Role.INSPECTOR), f.actor(f.tianjinDept, Role.ADMIN, Role.SUPERVISOR))) {
            assertThatThrownBy(() -> reading.get(outsider, e.getId())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> reading.open(outsider, e.getId())).isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> withdrawing.withdraw(outsider, e.getId(), "拍错了"))
                    .isInstanceOf(NotFound.class);
            assertThatThrownBy(() -> reading.ofEnterprise(outsider, 10L)).isInstanceOf(NotFound.class);
        }
        assertThatThrownBy(() -> reading.get(inspector(), 999L)).isInstanceOf(NotFound.class);
    }

    // ---- withdrawing ----

    @Test
    void a_withdrawal_is_recorded_with_its_reason_once_and_the_file_stays_readable() throws Exception {
        byte[] photo = png(120);
        Evidence e = attaching.attach(inspector(), EvidenceOwner.enterprise(zhengding), "a.png",
                new ByteArrayInputStream(photo));
        assertThat(problemsOf(() -> withdrawing.withdraw(inspector(), e.getId(), "  ")))
                .containsExactly("reason:evidence.withdrawal.reasonRequired");
        assertThatThrownBy(() -> withdrawing.withdraw(f.actor(f.shijiazhuangDept, Role.SUPERVISOR), e.getId(),
                "拍错了")).isInstanceOf(OutOfJurisdiction.class);

        withdrawing.withdraw(inspector(), e.getId(), " 拍错了企业 ");

        assertThat(e.isWithdrawn()).isTrue();
        assertThat(e.getWithdrawalReason()).isEqualTo("拍错了企业");
        assertThat(e.getWithdrawnBy()).isEqualTo(inspector().username());
        assertThat(e.getWithdrawnAt()).isEqualTo(NOW);
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events, org.mockito.Mockito.times(2)).publishEvent(event.capture());
        EvidenceWithdrawn withdrawn = (EvidenceWithdrawn) event.getAllValues().get(1);
        assertThat(withdrawn.before().withdrawn()).isFalse();
        assertThat(withdrawn.after().withdrawn()).isTrue();
        assertThat(withdrawn.details()).containsEntry("reason", "拍错了企业");
        try (EvidenceContent c = reading.open(inspector(), e.getId())) {
            assertThat(c.evidence().isWithdrawn()).isTrue();
            assertThat(c.content().readAllBytes()).isEqualTo(photo);
        }
        assertThat(problemsOf(() -> withdrawing.withdraw(inspector(), e.getId(), "再撤一次")))
                .containsExactly("null:evidence.withdrawal.already");
    }

    @Test
    void a_media_type_belongs_to_one_kind_and_limits_read_in_megabytes() {
        assertThatThrownBy(() -> new AcceptedEvidence(Map.of(
                EvidenceKind.IMAGE, new AcceptedEvidence.Kind(Set.of("image/png"), 10),
                EvidenceKind.PDF, new AcceptedEvidence.Kind(Set.of("IMAGE/PNG"), 10))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accepted.kindOf("Image/PNG")).contains(EvidenceKind.IMAGE);
        assertThat(accepted.kindOf("application/x-msdownload")).isEmpty();
        assertThat(accepted.largest()).isEqualTo(1000);
        assertThat(AcceptedEvidence.megabytes(20L << 20)).isEqualTo(20);
        assertThat(AcceptedEvidence.megabytes((20L << 20) + 1)).isEqualTo(21);
    }

    /** Magic numbers enough for these tests; the real detector is Apache Tika's (tested in persistence). */
    static final class MagicTypes implements ContentTypes {

        @Override
        public String detect(InputStream in, String fileName) {
            try {
                in.mark(8);
                byte[] head = in.readNBytes(4);
                in.reset();
                if (java.util.Arrays.equals(head, java.util.Arrays.copyOf(PNG, 4))) {
                    return "image/png";
                }
                if (new String(head, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF")) {
                    return "application/pdf";
                }
                return head.length >= 2 && head[0] == 'M' && head[1] == 'Z' ? "application/x-msdownload"
                        : "application/octet-stream";
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Files in memory, hashed as they stream in, refused past the limit. */
    static final class MemoryStore implements EvidenceStore {

        final Map<String, byte[]> files = new HashMap<>();
        private int next;

        @Override
        public StoredFile store(InputStream in, long maxBytes) {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[7];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    out.write(buffer, 0, n);
                    if (out.size() > maxBytes) {
                        throw new EvidenceTooLarge(maxBytes);
                    }
                }
                String key = "2026/06/key-" + next++;
                files.put(key, out.toByteArray());
                return new StoredFile(key, sha256(out.toByteArray()), out.size());
            } catch (EvidenceTooLarge e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public InputStream open(String key) {
            byte[] b = files.get(key);
            if (b == null) {
                throw new UncheckedIOException(new java.nio.file.NoSuchFileException(key));
            }
            return new ByteArrayInputStream(b);
        }
    }
}
