package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.web.WebIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Evidence over HTTP against the real database and a store directory of its own: attached with its hash, read back
 * with the same hash, refused when the file on disk was changed, withdrawn with a record while the file stays, refused
 * by jurisdiction like every other route, typed by content, and a 300 MB video streamed through without the heap
 * holding it.
 */
class EvidenceIT extends EndToEndIT {

    /** One audit entry as stored. */
    record Entry(String action, String username, Long departmentId, String aggregateType, String aggregateId) {
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    /** A small PNG-headed photo whose bytes depend on {@code seed}. */
    static byte[] photo(int size, int seed) {
        byte[] header = bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R');
        byte[] b = new byte[size];
        System.arraycopy(header, 0, b, 0, header.length);
        for (int i = header.length; i < size; i++) {
            b[i] = (byte) (i * 31 + seed);
        }
        return b;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }

    private long enterprise(String username) {
        return demo().createEnterpriseId(username, ZHENGDING);
    }

    private Http.Response upload(String username, long enterpriseId, String name, byte[] content) {
        return api(username).upload("/api/v1/enterprises/" + enterpriseId + "/evidence", name, "image/jpeg",
                content);
    }

    private long lastEntryId() {
        return jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    private List<Entry> entriesSince(long last) {
        return jdbc().sql("""
                        SELECT action, username, department_id, aggregate_type, aggregate_id
                        FROM audit_entry WHERE id > ? ORDER BY id""")
                .param(last)
                .query((rs, n) -> new Entry(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    private long evidenceRows() {
        return jdbc().sql("SELECT count(*) FROM evidence").query(Long.class).single();
    }

    private Path fileOf(long evidenceId) {
        String key = jdbc().sql("SELECT storage_key FROM evidence WHERE id = ?").param(evidenceId)
                .query(String.class).single();
        return WebIT.FILES.resolve("evidence").resolve(key);
    }

    private List<Path> storedFiles() throws IOException {
        Path root = WebIT.FILES.resolve("evidence");
        if (!Files.exists(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    // ---- attaching and reading ----

    @Test
    void a_photo_is_attached_with_its_hash_read_back_with_the_same_hash_and_recorded_once() throws Exception {
        long enterprise = enterprise("zd-inspector");
        byte[] photo = photo(5000, 1);
        long last = lastEntryId();

        Http.Response created = expect(upload("zd-inspector", enterprise, "现场照片 1号车间.jpg", photo), 201);

        JsonNode receipt = created.json();
        long id = receipt.path("id").asLong();
        assertThat(text(receipt, "sha256")).isEqualTo(sha256(photo));
        assertThat(text(receipt, "contentType")).as("by content, not by the name .jpg nor the part's type")
                .isEqualTo("image/png");
        assertThat(receipt.path("size").asLong()).isEqualTo(5000);
        assertThat(created.location()).isEqualTo("/api/v1/evidence/" + id);

        Http.Response file = expect(api("zd-inspector").get("/api/v1/evidence/" + id), 200);
        assertThat(file.bytes()).isEqualTo(photo);
        assertThat(file.contentType()).isEqualTo("image/png");
        assertThat(file.header("X-Content-SHA256")).contains(sha256(photo));
        String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256(photo)));
        assertThat(file.header("Repr-Digest")).contains("sha-256=:" + base64 + ":");
        assertThat(file.header("Digest")).contains("sha-256=" + base64);
        assertThat(file.header("X-Evidence-Withdrawn")).isEmpty();
        String disposition = file.header("Content-Disposition").orElseThrow();
        assertThat(disposition).startsWith("attachment");
        assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("UTF-8''") + 7),
                StandardCharsets.UTF_8)).isEqualTo("现场照片 1号车间.jpg");

        JsonNode meta = expect(api("zd-inspector").get("/api/v1/evidence/" + id + "/meta"), 200).json();
        assertThat(text(meta, "sha256")).isEqualTo(sha256(photo));
        assertThat(text(meta, "fileName")).isEqualTo("现场照片 1号车间.jpg");
        assertThat(text(meta, "uploadedBy")).isEqualTo("zd-inspector");
        assertThat(text(meta, "ownerKind")).isEqualTo("ENTERPRISE");
        assertThat(meta.path("ownerId").asLong()).isEqualTo(enterprise);
        assertThat(meta.path("withdrawn").asBoolean()).isFalse();
        assertThat(text(meta, "uploadedAt")).isNotBlank();

        assertThat(entriesSince(last)).containsExactly(new Entry("EvidenceAttached", "zd-inspector",
                demo().departmentId(ZHENGDING), "Evidence", String.valueOf(id)));
        assertThat(jdbc().sql("SELECT department_id || ' ' || division_code FROM evidence WHERE id = ?").param(id)
                .query(String.class).single()).isEqualTo(demo().departmentId(ZHENGDING) + " " + ZHENGDING);
        assertThat(expect(api("zd-inspector").get("/api/v1/enterprises/" + enterprise + "/evidence"), 200).json()
                .values().stream().map(e -> e.path("id").asLong()).toList()).containsExactly(id);

        Http.Response page = expect(browser("zd-inspector").get("/evidence/" + id), 200);
        assertThat(page.bytes()).as("the pages show it inline").isEqualTo(photo);
        assertThat(page.header("Content-Disposition").orElseThrow()).startsWith("inline");
    }

    @Test
    void a_file_changed_on_disk_is_refused_on_download_and_never_served() throws Exception {
        long enterprise = enterprise("zd-inspector");
        byte[] photo = photo(4000, 2);
        long id = expect(upload("zd-inspector", enterprise, "a.png", photo), 201).json().path("id").asLong();
        Path file = fileOf(id);
        assertThat(Files.readAllBytes(file)).isEqualTo(photo);

        byte[] changed = photo.clone();
        changed[3000] ^= 0x55;
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        Files.write(file, changed);

        JsonNode refused = problem(api("zd-inspector").get("/api/v1/evidence/" + id), 409);
        assertThat(text(refused, "detail")).contains("SHA-256", "不予提供");
        Http.Response page = browser("zd-inspector").get("/evidence/" + id);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).doesNotContain(new String(changed, 16, 100, StandardCharsets.ISO_8859_1));
        assertThat(expect(api("zd-inspector").get("/api/v1/evidence/" + id + "/meta"), 200).json()
                .path("sha256").asString()).as("the record still says what was attached").isEqualTo(sha256(photo));

        Files.write(file, photo);
        assertThat(expect(api("zd-inspector").get("/api/v1/evidence/" + id), 200).bytes()).isEqualTo(photo);
    }

    @Test
    void a_withdrawal_is_recorded_with_its_reason_and_the_file_stays_readable() throws Exception {
        long enterprise = enterprise("zd-inspector");
        byte[] photo = photo(3000, 3);
        long id = expect(upload("zd-inspector", enterprise, "a.png", photo), 201).json().path("id").asLong();
        String path = "/api/v1/evidence/" + id + "/withdrawal";

        assertThat(errorsFor(problem(api("zd-inspector").post(path, "{\"reason\":\"  \"}"), 400), "reason"))
                .containsExactly("请填写撤回理由。");
        long last = lastEntryId();
        JsonNode withdrawn = expect(api("zd-inspector").post(path, Http.json(Map.of("reason", "拍错了企业"))), 200)
                .json();

        assertThat(withdrawn.path("withdrawn").asBoolean()).isTrue();
        assertThat(text(withdrawn, "withdrawalReason")).isEqualTo("拍错了企业");
        assertThat(text(withdrawn, "withdrawnBy")).isEqualTo("zd-inspector");
        assertThat(entriesSince(last)).containsExactly(new Entry("EvidenceWithdrawn", "zd-inspector",
                demo().departmentId(ZHENGDING), "Evidence", String.valueOf(id)));
        Http.Response file = expect(api("zd-inspector").get("/api/v1/evidence/" + id), 200);
        assertThat(file.bytes()).isEqualTo(photo);
        assertThat(file.header("X-Evidence-Withdrawn")).contains("true");
        assertThat(Files.readAllBytes(fileOf(id))).as("the file stays in the store").isEqualTo(photo);
        problem(api("zd-inspector").post(path, Http.json(Map.of("reason", "再撤一次"))), 409);
        assertThat(jdbc().sql("SELECT withdrawal_reason FROM evidence WHERE id = ?").param(id).query(String.class)
                .single()).isEqualTo("拍错了企业");

        String recordPage = browser("admin").page("/admin/audit?type=Evidence&object=" + id);
        assertThat(recordPage).contains("撤回证据", "拍错了企业", "href=\"/evidence/" + id + "\"");
    }

    @Test
    void the_database_keeps_evidence_as_attached_and_never_deletes_it() {
        long enterprise = enterprise("zd-inspector");
        long id = expect(upload("zd-inspector", enterprise, "a.png", photo(1000, 4)), 201).json().path("id")
                .asLong();
        for (String change : List.of("UPDATE evidence SET sha256 = repeat('0', 64) WHERE id = ?",
                "UPDATE evidence SET storage_key = '2026/01/x' WHERE id = ?", "DELETE FROM evidence WHERE id = ?")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc().sql(change).param(id).update())
                    .as(change).isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
        }
    }

    // ---- refusals ----

    @Test
    void content_that_is_not_an_accepted_type_is_refused_whatever_its_name_and_nothing_is_kept() throws Exception {
        long enterprise = enterprise("zd-inspector");
        long rows = evidenceRows();
        int files = storedFiles().size();
        byte[] exe = new byte[2000];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[2] = (byte) 0x90;
        exe[4] = 3;
        JsonNode refused = problem(upload("zd-inspector", enterprise, "现场照片.jpg", exe), 400);
        assertThat(errorsFor(refused, "file")).singleElement().asString().contains("application/x-msdownload",
                "未保存");
        byte[] zip = new byte[500];
        zip[0] = 'P';
        zip[1] = 'K';
        zip[2] = 3;
        zip[3] = 4;
        assertThat(errorsFor(problem(upload("zd-inspector", enterprise, "scan.pdf", zip), 400), "file"))
                .singleElement().asString().contains("application/zip");
        assertThat(errorsFor(problem(upload("zd-inspector", enterprise, "empty.png", new byte[0]), 400), "file"))
                .containsExactly("文件是空的，未保存。");
        assertThat(errorsFor(problem(api("zd-inspector").sendBody("POST", "/api/v1/enterprises/" + enterprise
                + "/evidence", "multipart/form-data; boundary=x", HttpRequest.BodyPublishers.ofString(
                "--x\r\nContent-Disposition: form-data; name=\"other\"\r\n\r\nv\r\n--x--\r\n")), 400), "file"))
                .containsExactly("请选择要上传的文件。");
        byte[] big = photo(21 * 1024 * 1024, 5);
        assertThat(errorsFor(problem(upload("zd-inspector", enterprise, "big.png", big), 400), "file"))
                .containsExactly("文件超过此类证据的大小上限（20 MB），未保存。");
        assertThat(evidenceRows()).isEqualTo(rows);
        assertThat(storedFiles()).as("no partial file left").hasSize(files);
    }

    @Test
    void a_county_beside_another_province_and_the_city_above_are_refused_like_on_every_route() throws Exception {
        long enterprise = enterprise("zd-inspector");
        long id = expect(upload("zd-inspector", enterprise, "a.png", photo(800, 6)), 201).json().path("id")
                .asLong();
        long rows = evidenceRows();

        for (String outsider : List.of("xt-inspector", "bh-inspector", "tj-admin")) {
            problem(api(outsider).get("/api/v1/evidence/" + id), 404);
            problem(api(outsider).get("/api/v1/evidence/" + id + "/meta"), 404);
            problem(api(outsider).post("/api/v1/evidence/" + id + "/withdrawal",
                    Http.json(Map.of("reason", "越权"))), 404);
            problem(upload(outsider, enterprise, "a.png", photo(800, 7)), 404);
            problem(api(outsider).get("/api/v1/enterprises/" + enterprise + "/evidence"), 404);
            assertThat(browser(outsider).get("/evidence/" + id).status()).as(outsider).isEqualTo(404);
        }
        problem(api("zd-inspector").get("/api/v1/evidence/987654321098"), 404);

        assertThat(expect(api("sjz-supervisor").get("/api/v1/evidence/" + id), 200).bytes())
                .as("the city above reads").hasSize(800);
        problem(api("sjz-supervisor").post("/api/v1/evidence/" + id + "/withdrawal",
                Http.json(Map.of("reason", "越权"))), 403);
        problem(upload("sjz-supervisor", enterprise, "a.png", photo(800, 8)), 403);
        problem(upload("zd-legal", enterprise, "a.png", photo(800, 9)), 403);
        assertThat(expect(api("zd-legal").get("/api/v1/evidence/" + id + "/meta"), 200).json().path("id")
                .asLong()).as("a legal reviewer of the department reads").isEqualTo(id);
        assertThat(evidenceRows()).isEqualTo(rows);
        assertThat(jdbc().sql("SELECT withdrawn_at IS NULL FROM evidence WHERE id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
    }

    // ---- a large upload ----

    @Test
    void a_300_mb_video_streams_through_to_the_store_and_back_without_the_heap_holding_it() throws Exception {
        long enterprise = enterprise("zd-inspector");
        long size = 300L * 1024 * 1024;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");
        String boundary = "----video" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"巡查录像.mp4\""
                + "\r\nContent-Type: video/mp4\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);

        List<MemoryPoolMXBean> oldGen = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .filter(p -> p.getName().contains("Old") || p.getName().contains("Tenured"))
                .toList();
        assertThat(oldGen).as("the heap's old generation").isNotEmpty();
        System.gc();
        long before = oldGen.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        oldGen.forEach(MemoryPoolMXBean::resetPeakUsage);

        Http.Response created = api("zd-inspector").sendBody("POST", "/api/v1/enterprises/" + enterprise + "/evidence",
                "multipart/form-data; boundary=" + boundary, HttpRequest.BodyPublishers.ofInputStream(() ->
                        new SequenceInputStream(java.util.Collections.enumeration(List.of(
                                new ByteArrayInputStream(head), new GeneratedVideo(size, sent),
                                new ByteArrayInputStream(tail))))));

        long peak = oldGen.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        JsonNode receipt = expect(created, 201).json();
        String expected = HexFormat.of().formatHex(sent.digest());
        assertThat(receipt.path("size").asLong()).isEqualTo(size);
        assertThat(text(receipt, "sha256")).isEqualTo(expected);
        assertThat(text(receipt, "contentType")).isEqualTo("video/mp4");
        assertThat(Files.size(fileOf(receipt.path("id").asLong()))).isEqualTo(size);
        assertThat(peak - before).as("growth of the old generation while 300 MB went through")
                .isLessThan(100L * 1024 * 1024);

        HttpResponse<InputStream> download = api("zd-inspector").client().send(api("zd-inspector")
                .request("/api/v1/evidence/" + receipt.path("id").asLong()).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(download.statusCode()).isEqualTo(200);
        MessageDigest received = MessageDigest.getInstance("SHA-256");
        long length = 0;
        try (InputStream in = download.body()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) >= 0; ) {
                received.update(buffer, 0, n);
                length += n;
            }
        }
        assertThat(length).isEqualTo(size);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(expected);
        assertThat(download.headers().firstValue("X-Content-SHA256")).contains(expected);
    }

    /** An MP4 of {@code size} bytes made up as it is read (an ftyp box, then a cheap pattern), hashed on the way. */
    static final class GeneratedVideo extends InputStream {

        private static final byte[] FTYP = bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'm', 'p', '4', '2', 0, 0, 0, 0,
                'm', 'p', '4', '2', 'i', 's', 'o', 'm');

        private final long size;
        private final MessageDigest digest;
        private long position;

        GeneratedVideo(long size, MessageDigest digest) {
            this.size = size;
            this.digest = digest;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(len, size - position);
            for (int i = 0; i < n; i++) {
                long p = position + i;
                b[off + i] = p < FTYP.length ? FTYP[(int) p] : (byte) (p ^ (p >>> 9) ^ (p >>> 17));
            }
            digest.update(b, off, n);
            position += n;
            return n;
        }
    }

    @SuppressWarnings("unused")
    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
