package cn.safety.enforcement.web.document;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentRenderer;
import cn.safety.enforcement.domain.document.Letterhead;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentRendererTest {

    private static final PdfDocumentRenderer RENDERER = new PdfDocumentRenderer();
    private static final Letterhead HEAD = new Letterhead("正定县应急管理局", "冀正应急检记〔2026〕15号", "2026年3月5日", null);

    @Test
    void the_inspection_record_is_a_searchable_a4_pdf_with_the_party_the_number_and_the_table_in_chinese()
            throws Exception {
        byte[] pdf = RENDERER.render(HEAD, SampleDocuments.inspectionRecord(24));
        Path dir = Files.createDirectories(Path.of("target", "documents"));
        Files.write(dir.resolve("inspection-record.pdf"), pdf);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).as("24 items run over a page").isGreaterThanOrEqualTo(2);
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
            // lines wrap anywhere between Chinese characters: compare without the breaks
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("正定县应急管理局", "现场检查记录", "冀正应急检记〔2026〕15号",
                    SampleDocuments.PARTY, "特种作业人员未持证上岗", "安监总管三〔2017〕121号", "不符合", "不适用",
                    "张建国拒绝签名", "见证人：正定县新城铺镇安监站赵见证", "第1页共" + doc.getNumberOfPages() + "页",
                    "冀正应急检记〔2026〕15号（续）", "2026年3月5日", "HC-121");
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("a subset of the bundled font").matches("[A-Z]{6}\\+WenshuSerif-Regular");
            PDFRenderer renderer = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, 110);
                ImageIO.write(image, "png", dir.resolve("inspection-record-" + (i + 1) + ".png").toFile());
                assertThat(inkOf(image)).as("page %d has ink", i + 1).isGreaterThan(0.01);
            }
        }
        assertThat(pdf.length).as("only the glyphs used are embedded").isLessThan(400_000);
    }

    @Test
    void a_document_laid_out_before_its_number_is_taken_prints_the_number_given_last() throws Exception {
        byte[] pdf;
        try (DocumentRenderer.Prepared prepared = RENDERER.prepare(
                new Letterhead("正定县应急管理局", null, "2026年3月5日", null), SampleDocuments.inspectionRecord(24))) {
            pdf = prepared.numbered("冀正应急检记〔2026〕9876号");
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("现场检查记录 冀正应急检记〔2026〕9876号");
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            // printed last, read in the order of the page: under the title
            first.setSortByPosition(true);
            String head = first.getText(doc).replaceAll("\\s+", "");
            assertThat(head).contains("现场检查记录冀正应急检记〔2026〕9876号");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc).replaceAll("\\s+", "")).contains("冀正应急检记〔2026〕9876号（续）");
        }
    }

    @Test
    void a_character_the_font_lacks_prints_as_a_box_instead_of_failing() throws Exception {
        DocumentContent content = DocumentContent.builder("现场检查记录").field("被检查单位", "𠮷野家餐饮有限公司")
                .paragraph("控制字符\u0007与制表符\t不会出错。").build();
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(HEAD, content))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("□野家餐饮有限公司", "控制字符与制表符 不会出错");
        }
    }

    @Test
    void a_correction_names_the_document_it_corrects() throws Exception {
        Letterhead correction = new Letterhead("正定县应急管理局", "冀正应急检记〔2026〕16号", "2026年3月6日",
                "冀正应急检记〔2026〕15号");
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(correction,
                DocumentContent.builder("现场检查记录").paragraph("更正后的记录。").build()))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("本文书更正冀正应急检记〔2026〕15号，原文书作废");
        }
    }

    @Test
    void a_cell_longer_than_a_page_is_split_across_pages_with_the_header_repeated() throws Exception {
        String longNote = "现场发现问题。".repeat(400);
        DocumentContent content = DocumentContent.builder("现场检查记录")
                .table(List.of("序号", "说明"), List.of(List.of("1", longNote), List.of("2", "结束标记")))
                .build();
        try (PDDocument doc = Loader.loadPDF(RENDERER.render(HEAD, content))) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
            String text = new PDFTextStripper().getText(doc).replace("\n", "").replace("\r", "");
            assertThat(text).contains("结束标记");
            PDFTextStripper second = new PDFTextStripper();
            second.setStartPage(2);
            second.setEndPage(2);
            assertThat(second.getText(doc)).as("header repeated").contains("序号");
        }
    }

    private static double inkOf(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                if ((image.getRGB(x, y) & 0xff) < 128) {
                    dark++;
                }
            }
        }
        return dark / (image.getWidth() * image.getHeight() / 4.0);
    }
}
