package cn.safety.enforcement.web.e2e;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 8 at the site, over the API against the real database: a plan item → an inspection with two certified
 * inspectors → the checklist results → a photo → the signatures → completion → the numbered 现场检查记录 as a PDF whose
 * rendered text holds the enterprise, the number and the results in Chinese; and the refusals on the way (who records,
 * the state, an unknown item, a signature by someone not named, a non-image signature, completion with something
 * missing, a double completion).
 */
class InspectionSiteIT extends EndToEndIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private JsonNode startPlannedInspectionOfAChemicalEnterprise() {
        return startPlannedInspection(this::api);
    }

    /** Starts a planned inspection of a chemical enterprise of 正定县's approved plan of this year (zd-inspector, 2). */
    /**
     * An inspection of a chemical enterprise in progress for the pages: a planned one when an item of the demo plan is
     * free, otherwise (the demo plan holds few chemical items, and earlier tests leave theirs open) an urgent unplanned
     * one of a chemical enterprise registered here, which starts at once.
     */
    static JsonNode startInspectionOfAChemicalEnterprise(java.util.function.Function<String, Http.Api> api) {
        try {
            return startPlannedInspection(api);
        } catch (AssertionError everyItemOpen) {
            Map<String, Object> enterprise = Demo.enterpriseBody(Demo.newCreditCode(Demo.ZHENGDING), Demo.ZHENGDING,
                    "现场页面测试化工有限公司");
            enterprise.put("sector", "HAZARDOUS_CHEMICALS");
            long id = Http.expect(api.apply("zd-inspector").post("/api/v1/enterprises", Http.json(enterprise)), 201)
                    .json().path("id").asLong();
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("enterpriseId", id);
            body.put("kind", "SPECIAL");
            body.put("trigger", "ACCIDENT");
            body.put("inspectors", List.of("zd-inspector", "zd-inspector2"));
            body.put("acknowledgeRepeat", true);
            return Http.expect(api.apply("zd-inspector").post("/api/v1/inspections", Http.json(body)), 201).json();
        }
    }

    static JsonNode startPlannedInspection(java.util.function.Function<String, Http.Api> api) {
        int year = LocalDate.now().getYear();
        JsonNode plans = api.apply("zd-chief").getJson("/api/v1/plans?year=" + year);
        long plan = -1;
        for (JsonNode p : plans.path("items").isMissingNode() ? plans.values() : plans.path("items").values()) {
            if ("APPROVED".equals(text(p, "status"))) {
                plan = p.path("id").asLong();
            }
        }
        assertThat(plan).as("an approved %s plan of 正定县 in the demo: %s", year, plans).isPositive();
        List<JsonNode> items = new ArrayList<>();
        String after = "";
        while (true) {
            JsonNode page = api.apply("zd-chief").getJson("/api/v1/plans/" + plan + "/items?size=500&kind=KEY"
                    + after);
            items.addAll(page.path("items").values());
            if (page.path("next").isNull() || page.path("next").isMissingNode()) {
                break;
            }
            after = "&after=" + page.path("next").asLong();
        }
        // from the end of the list, away from the items the demo inspections use
        List<String> refusals = new ArrayList<>();
        for (int k = items.size() - 1; k >= 0; k--) {
            JsonNode item = items.get(k);
            long enterprise = item.path("enterprise").path("id").asLong();
            JsonNode e = api.apply("zd-chief").getJson("/api/v1/enterprises/" + enterprise);
            if (!"HAZARDOUS_CHEMICALS".equals(text(e, "sector"))) {
                continue;
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("planItemId", item.path("id").asLong());
            body.put("kind", "FULL_COVERAGE");
            body.put("inspectors", List.of("zd-inspector", "zd-inspector2"));
            // the 重复检查 alert is InspectionIT's subject; here a province cap left by another test must not matter
            body.put("acknowledgeRepeat", true);
            Http.Response started = api.apply("zd-inspector").post("/api/v1/inspections", Http.json(body));
            if (started.status() == 201) {
                return started.json();
            }
            refusals.add(item.path("id").asLong() + ": " + started.status() + " " + started.body());
        }
        throw new AssertionError("no chemical enterprise on the KEY list of " + plan + " (" + items.size()
                + " items) could be inspected: " + refusals);
    }

    @Test
    void plan_item_to_inspection_to_results_photo_signatures_and_a_numbered_record() throws Exception {
        JsonNode inspection = startPlannedInspectionOfAChemicalEnterprise();
        long id = inspection.path("id").asLong();
        String base = "/api/v1/inspections/" + id;
        assertThat(text(inspection, "status")).isEqualTo("IN_PROGRESS");
        assertThat(inspection.path("inspectors").values()).hasSize(2);
        List<JsonNode> results = inspection.path("results").values().stream().toList();
        assertThat(results).as("the 化工 list's items (安监总管三〔2017〕121号)").hasSizeGreaterThanOrEqualTo(20);
        assertThat(results).allSatisfy(r -> {
            assertThat(r.path("result").isNull()).isTrue();
            assertThat(text(r, "text")).isNotBlank();
            assertThat(text(r, "basis")).contains("安监总管三〔2017〕121号");
        });
        String enterpriseName = text(inspection, "enterpriseName");

        // completion is refused while nothing is recorded, listing what is missing (in Chinese)
        JsonNode refused = problem(api("zd-inspector").post(base + "/complete", "{}"), 409);
        assertThat(text(refused, "detail")).contains("尚不能完成检查").contains("项检查事项未记录结论")
                .contains("执法人员尚未签名").contains("李执法").contains("周执法")
                .contains("被检查单位负责人尚未签名").contains("三个环节");

        // a supervisor of another department, and a user not named, may not record
        long first = results.get(0).path("checklistItemId").asLong();
        problem(api("sjz-supervisor").put(base + "/results/" + first,
                Http.json(Map.of("result", "PASS"))), 403);
        problem(api("zd-inspector3").put(base + "/results/" + first, Http.json(Map.of("result", "PASS"))), 403);
        // an item not in the inspection's checklists; a result not known
        problem(api("zd-inspector").put(base + "/results/999999999", Http.json(Map.of("result", "PASS"))), 404);
        assertThat(Http.errorFields(problem(api("zd-inspector").put(base + "/results/" + first,
                Http.json(Map.of("result", "GOOD"))), 400))).contains("result");
        // a stale version
        problem(api("zd-inspector").put(base + "/results/" + first, Http.json(Map.of("result", "PASS",
                "version", inspection.path("version").asLong() - 1))), 409);

        // the results: the second item fails (a major item: a major hazard is proposed), the third is not applicable
        JsonNode last = null;
        for (int k = 0; k < results.size(); k++) {
            JsonNode r = results.get(k);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("result", k == 1 ? "FAIL" : k == 2 ? "NOT_APPLICABLE" : "PASS");
            body.put("note", k == 1 ? "二号装置紧急停车系统处于旁路状态" : k == 2 ? "无此类装置" : null);
            last = expect(api(k % 2 == 0 ? "zd-inspector" : "zd-inspector2").put(base + "/results/"
                    + r.path("checklistItemId").asLong(), Http.json(body)), 200).json();
        }
        JsonNode failed = last.path("results").get(1);
        assertThat(text(failed, "result")).isEqualTo("FAIL");
        assertThat(failed.path("major").asBoolean()).isTrue();
        assertThat(text(failed, "proposedHazard")).isEqualTo("MAJOR");
        assertThat(last.path("results").get(0).path("proposedHazard").isNull()).isTrue();
        assertThat(text(last.path("results").get(2), "result")).isEqualTo("NOT_APPLICABLE");

        // a photo of the failed item, streamed, with its hash
        byte[] photo = jpeg();
        Http.Response uploaded = multipart("zd-inspector", base + "/evidence",
                Map.of("checklistItemId", failed.path("checklistItemId").asString()), "file", "现场照片.jpg", photo);
        expect(uploaded, 201);
        JsonNode receipt = uploaded.json();
        assertThat(text(receipt, "sha256")).isEqualTo(sha256(photo));
        assertThat(text(receipt, "contentType")).isEqualTo("image/jpeg");
        assertThat(receipt.path("size").asLong()).isEqualTo(photo.length);
        // a program named .jpg is refused on file
        assertThat(Http.errorFields(problem(multipart("zd-inspector", base + "/evidence", Map.of(), "file",
                "x.jpg", "MZ\u0090\u0000 not an image at all".getBytes(StandardCharsets.ISO_8859_1)), 400)))
                .contains("file");

        // the stages of a key enterprise
        for (String stage : List.of("NOTICE", "ONSITE", "FEEDBACK")) {
            expect(api("zd-inspector").put(base + "/stages/" + stage, Http.json(Map.of("note", "按程序进行",
                    "present", List.of(Map.of("role", "MAIN_RESPONSIBLE", "name", "赵厂长"),
                            Map.of("role", "SAFETY_MANAGER", "name", "钱安全"))))), 200);
        }

        // signatures: an inspector's must be one of the named inspectors; images only (PNG/JPEG by content)
        assertThat(Http.errorFields(problem(multipart("zd-inspector", base + "/signatures",
                Map.of("role", "INSPECTOR", "name", "王建军"), "file", "sig.png", png("王")), 400)))
                .contains("name");
        assertThat(Http.errorFields(problem(multipart("zd-inspector", base + "/signatures",
                Map.of("role", "INSPECTOR", "name", "zd-inspector"), "file", "sig.png",
                "%PDF-1.4 not a picture".getBytes(StandardCharsets.US_ASCII)), 400))).contains("file");
        byte[] li = png("李");
        JsonNode sig = expect(multipart("zd-inspector", base + "/signatures",
                Map.of("role", "INSPECTOR", "name", "zd-inspector"), "file", "sig.png", li), 201).json();
        assertThat(text(sig, "sha256")).isEqualTo(sha256(li));
        assertThat(text(sig, "contentType")).isEqualTo("image/png");
        expect(multipart("zd-inspector2", base + "/signatures", Map.of("role", "INSPECTOR", "name", "周执法"),
                "file", "sig.png", png("周")), 201);

        // still missing: the enterprise's signature (or a refusal with a witness)
        JsonNode stillRefused = problem(api("zd-inspector").post(base + "/complete", "{}"), 409);
        assertThat(text(stillRefused, "detail")).contains("被检查单位负责人尚未签名")
                .doesNotContain("执法人员尚未签名").doesNotContain("未记录结论");
        expect(multipart("zd-inspector", base + "/signatures",
                Map.of("role", "ENTERPRISE_REPRESENTATIVE", "name", "赵厂长"), "file", "sig.png", png("赵")), 201);

        // the evidence list: the photo on its result, three signatures, each with its hash
        JsonNode evidence = api("zd-inspector").getJson(base + "/evidence");
        assertThat(evidence.values()).filteredOn(e -> !e.path("signature").asBoolean()).singleElement()
                .satisfies(e -> {
                    assertThat(e.path("checklistItemId").asLong()).isEqualTo(failed.path("checklistItemId").asLong());
                    assertThat(text(e, "sha256")).isEqualTo(sha256(photo));
                });
        assertThat(evidence.values()).filteredOn(e -> e.path("signature").asBoolean()).hasSize(3);

        // complete, twice at once: one record, the other call refused naming the state
        long before = lastAuditEntryId();
        List<Http.Response> answers = concurrently(() -> api("zd-inspector").post(base + "/complete", "{}"),
                () -> api("zd-inspector2").post(base + "/complete", "{}"));
        assertThat(answers).extracting(Http.Response::status).containsExactlyInAnyOrder(201, 409);
        Http.Response created = answers.stream().filter(a -> a.status() == 201).findFirst().orElseThrow();
        JsonNode document = created.json();
        String number = text(document, "number");
        assertThat(number).contains("〔" + LocalDate.now().getYear() + "〕").endsWith("号");
        assertThat(text(document, "type")).isEqualTo("INSPECTION_RECORD");
        JsonNode second = answers.stream().filter(a -> a.status() == 409).findFirst().orElseThrow().json();
        assertThat(text(second, "detail")).contains("已完成");
        assertThat(jdbc().sql("SELECT count(*) FROM issued_document WHERE subject_kind = 'INSPECTION'"
                + " AND subject_id = ?").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc().sql("SELECT action FROM audit_entry WHERE id > ? AND aggregate_type = 'Inspection'")
                .param(before).query(String.class).list()).containsExactly("InspectionCompleted");

        JsonNode completed = api("zd-inspector").getJson(base);
        assertThat(text(completed, "status")).isEqualTo("COMPLETED");
        assertThat(completed.path("documentId").asLong()).isEqualTo(document.path("id").asLong());
        // nothing more is recorded on a completed inspection: 409 naming the state
        JsonNode late = problem(api("zd-inspector").put(base + "/results/" + first,
                Http.json(Map.of("result", "FAIL"))), 409);
        assertThat(text(late, "detail")).contains("已完成");

        // the PDF: rendered to an image, its text holds the enterprise, the number and the results in Chinese
        byte[] pdf = jdbc().sql("SELECT pdf FROM issued_document WHERE id = ?").param(document.path("id").asLong())
                .query(byte[].class).single();
        assertThat(sha256(pdf)).isEqualTo(text(document, "pdfSha256"));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            assertThat(page.getWidth()).isBetween(820, 830); // A4 at 100 dpi: 827 px
            Path out = Path.of("target", "screenshots");
            Files.createDirectories(out);
            ImageIO.write(page, "png", out.resolve("inspection-record-page-1.png").toFile());
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(enterpriseName.replaceAll("\\s+", "")).contains(number)
                    .contains("现场检查记录").contains("符合").contains("不符合").contains("不适用")
                    .contains("二号装置紧急停车系统处于旁路状态").contains("拟列为重大事故隐患")
                    .contains("李执法").contains("冀执13012320240003").contains("赵厂长");
        }
    }

    @Test
    void a_refusal_to_sign_is_recorded_with_a_witness_and_lets_the_inspection_complete() throws Exception {
        JsonNode inspection = startPlannedInspectionOfAChemicalEnterprise();
        String base = "/api/v1/inspections/" + inspection.path("id").asLong();
        for (JsonNode r : inspection.path("results").values()) {
            expect(api("zd-inspector").put(base + "/results/" + r.path("checklistItemId").asLong(),
                    Http.json(Map.of("result", "PASS"))), 200);
        }
        for (String stage : List.of("NOTICE", "ONSITE", "FEEDBACK")) {
            expect(api("zd-inspector").put(base + "/stages/" + stage, Http.json(Map.of())), 200);
        }
        expect(multipart("zd-inspector", base + "/signatures", Map.of("role", "INSPECTOR", "name", "李执法"),
                "file", "a.png", png("李")), 201);
        expect(multipart("zd-inspector2", base + "/signatures", Map.of("role", "INSPECTOR", "name", "zd-inspector2"),
                "file", "b.png", png("周")), 201);
        assertThat(Http.errorFields(problem(api("zd-inspector").post(base + "/signature-refusal",
                Http.json(Map.of("witness", " "))), 400))).contains("witness");
        expect(api("zd-inspector").post(base + "/signature-refusal", Http.json(Map.of("witness", "村委会孙主任"))),
                200);
        expect(multipart("zd-inspector", base + "/signatures", Map.of("role", "WITNESS", "name", "村委会孙主任"),
                "file", "w.png", png("孙")), 201);

        // a photo taken by mistake is withdrawn on the site page with a reason: the file stays, marked withdrawn
        long photo = expect(multipart("zd-inspector", base + "/evidence", Map.of(), "file", "误拍.jpg", jpeg()), 201)
                .json().path("id").asLong();
        String site = "/inspections/" + inspection.path("id").asLong() + "/site";
        Http.Browser page = browser("zd-inspector");
        assertThat(page.page(site)).contains("withdraw-" + photo);
        Http.Response noReason = page.submit(site + "/evidence/" + photo + "/withdrawal", Http.Form.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("请填写撤回理由");
        Http.Response withdrawn = page.submit(site + "/evidence/" + photo + "/withdrawal",
                Http.Form.of("reason", "拍错了企业"));
        assertThat(withdrawn.status()).as("%s", withdrawn).isEqualTo(302);
        assertThat(page.follow(withdrawn).body()).contains("证据已撤回", "withdrawn-" + photo, "拍错了企业")
                .doesNotContain("withdraw-" + photo + "\"");
        assertThat(api("zd-inspector").getJson("/api/v1/evidence/" + photo + "/meta").path("withdrawn").asBoolean())
                .isTrue();
        Http.Response again = page.submit(site + "/evidence/" + photo + "/withdrawal", Http.Form.of("reason", "再撤"));
        assertThat(again.body()).contains("该证据已撤回");
        assertThat(browser("sjz-inspector").submit(site + "/evidence/" + photo + "/withdrawal",
                Http.Form.of("reason", "越权")).status()).isEqualTo(404);

        JsonNode document = expect(api("zd-inspector").post(base + "/complete", "{}"), 201).json();
        byte[] pdf = jdbc().sql("SELECT pdf FROM issued_document WHERE id = ?").param(document.path("id").asLong())
                .query(byte[].class).single();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("拒绝签字").contains("村委会孙主任");
        }
    }

    private long lastAuditEntryId() {
        return jdbc().sql("SELECT coalesce(max(id), 0) FROM audit_entry").query(Long.class).single();
    }

    @SafeVarargs
    private static List<Http.Response> concurrently(Callable<Http.Response>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            List<Future<Http.Response>> futures = new ArrayList<>();
            for (Callable<Http.Response> c : calls) {
                futures.add(pool.submit(c));
            }
            List<Http.Response> out = new ArrayList<>();
            for (Future<Http.Response> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A multipart POST with text fields and one file, as a phone's form sends it. */
    Http.Response multipart(String username, String path, Map<String, String> fields, String fileField,
                            String fileName, byte[] content) throws IOException, InterruptedException {
        String boundary = "----site" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> f : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
                    + f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        URI uri = URI.create(base() + path);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<byte[]> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        return new Http.Response("POST", uri, r.statusCode(), r.headers(), r.body());
    }

    /** A small signature-like PNG: a stroke and a character. */
    static byte[] png(String character) throws IOException {
        BufferedImage img = new BufferedImage(240, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(4));
        g.drawLine(10, 80, 230, 20);
        g.drawArc(40, 20, 80, 60, 0, 270);
        g.drawString(character, 150, 70);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A small photo-like JPEG. */
    static byte[] jpeg() throws IOException {
        BufferedImage img = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(90, 120, 140));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(200, 60, 40));
        g.fillRect(100, 80, 120, 90);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "jpg", out);
        return out.toByteArray();
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
