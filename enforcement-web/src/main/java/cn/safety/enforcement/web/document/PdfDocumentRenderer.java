package cn.safety.enforcement.web.document;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentRenderer;
import cn.safety.enforcement.domain.document.Letterhead;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.springframework.stereotype.Component;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Lays documents out with Apache PDFBox in the look of Chinese official documents (GB/T 9704-2012): A4, margins of
 * 37 mm top, 35 mm bottom, 28 mm left and 26 mm right; the issuing department above the title, the title centred in
 * 二号 (22 pt) bold, the number under it on the right, the body in 四号 (14 pt) serif, tables in 小四 (12 pt) with
 * wrapping cells and the header row repeated on each page, signatures side by side, the issuer and date at the end
 * (落款) and 第 1 页 共 N 页 at the foot of each page.
 * <p>The font is Wenshu Serif, a subset of Noto Serif CJK SC (SIL OFL 1.1) converted to TrueType outlines and bundled
 * at {@code /fonts/WenshuSerif-Regular.ttf}; each document embeds the subset of the glyphs it uses, as real text with
 * a ToUnicode map, so that the PDF can be searched and copied. Parsed fonts are kept in a small pool, each used by one
 * document at a time. A character the font lacks prints as □ (the stored content keeps the real one).
 */
@Component
class PdfDocumentRenderer implements DocumentRenderer {

    static final String FONT = "/fonts/WenshuSerif-Regular.ttf";
    static final float MM = 72f / 25.4f;
    static final float TOP = 37 * MM;
    static final float BOTTOM = 35 * MM;
    static final float LEFT = 28 * MM;
    static final float RIGHT = 26 * MM;
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float WIDTH = PAGE.getWidth() - LEFT - RIGHT;

    static final float ISSUER = 16;
    static final float TITLE = 22;
    static final float BODY = 14;
    static final float SMALL = 12;
    static final float FOOT = 10.5f;
    static final String MISSING = "□";
    static final float NUMBER_LEADING = BODY * 1.8f;

    private final byte[] fontBytes;
    private final BlockingQueue<Face> pool;

    /** A parsed font and its Unicode map; used by one document at a time. */
    private record Face(TrueTypeFont ttf, CmapLookup cmap) {
    }

    PdfDocumentRenderer() {
        try (InputStream in = PdfDocumentRenderer.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("the document font is missing: " + FONT);
            }
            this.fontBytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.pool = new ArrayBlockingQueue<>(Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors())));
    }

    @Override
    public byte[] render(Letterhead letterhead, DocumentContent content) {
        try (Prepared prepared = prepare(letterhead, content)) {
            return prepared.numbered(letterhead.number());
        }
    }

    /**
     * Lays out every page, the signature images and the page numbers; what is left for {@link Prepared#numbered} is
     * the number (under the title, and at the top of every later page), the document's title information and the
     * writing of the file with the subset of the font its glyphs need. The space of the number is one line whatever
     * its length, so nothing moves when it is known.
     */
    @Override
    public Prepared prepare(Letterhead letterhead, DocumentContent content) {
        Face face = borrow();
        PDDocument doc = new PDDocument();
        try {
            PDType0Font font = PDType0Font.load(doc, face.ttf(), true);
            doc.getDocumentCatalog().setLanguage("zh-CN");
            doc.getDocumentInformation().setAuthor(letterhead.issuer());
            doc.getDocumentInformation().setProducer("安全生产监管执法");
            Layout layout = new Layout(doc, font, face.cmap());
            layout.letterhead(letterhead, content.title());
            for (DocumentContent.Block block : content.blocks()) {
                layout.block(block);
            }
            layout.closing(letterhead);
            layout.finish();
            return new Laid(face, doc, layout, content.title());
        } catch (IOException | RuntimeException e) {
            close(face, doc);
            if (e instanceof IOException io) {
                throw new UncheckedIOException(io);
            }
            throw (RuntimeException) e;
        }
    }

    private void close(Face face, PDDocument doc) {
        try {
            doc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            pool.offer(face);
        }
    }

    /** A document laid out but for its number; holds its parsed font until closed. */
    private final class Laid implements Prepared {

        private final Face face;
        private final PDDocument doc;
        private final Layout layout;
        private final String title;
        private boolean closed;

        Laid(Face face, PDDocument doc, Layout layout, String title) {
            this.face = face;
            this.doc = doc;
            this.layout = layout;
            this.title = title;
        }

        @Override
        public byte[] numbered(String number) {
            if (closed) {
                throw new IllegalStateException("the document was closed");
            }
            try {
                doc.getDocumentInformation().setTitle(title + " " + number);
                layout.number(number);
                ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
                doc.save(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                PdfDocumentRenderer.this.close(face, doc);
            }
        }
    }

    private Face borrow() {
        Face face = pool.poll();
        if (face != null) {
            return face;
        }
        try {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes));
            return new Face(ttf, ttf.getUnicodeCmapLookup());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One document being laid out: the current page, its content stream and the baseline cursor. */
    private static final class Layout {

        private final PDDocument doc;
        private final PDType0Font font;
        private final CmapLookup cmap;
        private final LineBreaker body;
        private final LineBreaker small;
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream cs;
        /** The top of the free space on the current page. */
        private float y;
        /** Where the number goes: the page and the top of its line. */
        private int numberPage;
        private float numberTop;

        Layout(PDDocument doc, PDType0Font font, CmapLookup cmap) {
            this.doc = doc;
            this.font = font;
            this.cmap = cmap;
            this.body = new LineBreaker(s -> width(s, BODY));
            this.small = new LineBreaker(s -> width(s, SMALL));
            newPage();
        }

        // ---- pages ----

        private void newPage() {
            try {
                if (cs != null) {
                    cs.close();
                }
                PDPage page = new PDPage(PAGE);
                doc.addPage(page);
                pages.add(page);
                cs = new PDPageContentStream(doc, page);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y = PAGE.getHeight() - TOP;
        }

        private boolean fits(float height) {
            return y - height >= BOTTOM;
        }

        private void ensure(float height) {
            if (!fits(height) && y < PAGE.getHeight() - TOP) {
                newPage();
            }
        }

        private float pageBody() {
            return PAGE.getHeight() - TOP - BOTTOM;
        }

        /** Closes the last page and adds the page numbers. */
        void finish() throws IOException {
            cs.close();
            int total = pages.size();
            for (int i = 0; i < total; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = foot;
                    String text = "第 " + (i + 1) + " 页 共 " + total + " 页";
                    show(text, (PAGE.getWidth() - width(text, FOOT)) / 2, 20 * MM, FOOT, false);
                }
            }
        }

        /** Prints the number in the line kept for it under the title, and at the top of every page after the first. */
        void number(String number) throws IOException {
            String text = clean(number);
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream stamp = new PDPageContentStream(doc, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true, true)) {
                    cs = stamp;
                    if (i == numberPage) {
                        show(text, Math.max(LEFT, LEFT + WIDTH - width(text, BODY)),
                                baseline(numberTop, NUMBER_LEADING, BODY), BODY, false);
                    }
                    if (i > 0) {
                        String head = text + "（续）";
                        show(head, PAGE.getWidth() - RIGHT - width(head, FOOT), PAGE.getHeight() - TOP + 10 * MM,
                                FOOT, false);
                    }
                }
            }
        }

        // ---- text ----

        private String clean(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (cp == '\n') {
                    out.append('\n');
                } else if (cp == '\t' || Character.isWhitespace(cp) && cp != 0x3000) {
                    out.append(' ');
                } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                    // dropped
                } else if (cmap.getGlyphId(cp) == 0) {
                    out.append(MISSING);
                } else {
                    out.appendCodePoint(cp);
                }
            });
            return out.toString();
        }

        float width(String text, float size) {
            try {
                return font.getStringWidth(text) / 1000f * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Draws one line of (clean) text with its baseline at {@code baseline}. */
        private void show(String text, float x, float baseline, float size, boolean bold) throws IOException {
            if (text.isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setFont(font, size);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL_STROKE);
                cs.setLineWidth(size * 0.035f);
            }
            cs.newLineAtOffset(x, baseline);
            cs.showText(text);
            if (bold) {
                cs.setRenderingMode(RenderingMode.FILL);
            }
            cs.endText();
        }

        /** The baseline of text of {@code size} centred in a line box of {@code leading} whose top is {@code top}. */
        private static float baseline(float top, float leading, float size) {
            return top - (leading - size) / 2 - size * 0.88f;
        }

        private void centred(String text, float size, float leading, boolean bold) throws IOException {
            LineBreaker breaker = new LineBreaker(s -> width(s, size));
            for (String line : breaker.lines(clean(text), WIDTH)) {
                ensure(leading);
                show(line, LEFT + (WIDTH - width(line, size)) / 2, baseline(y, leading, size), size, bold);
                y -= leading;
            }
        }

        private void right(String text, float size, float leading) throws IOException {
            LineBreaker breaker = new LineBreaker(s -> width(s, size));
            for (String line : breaker.lines(clean(text), WIDTH)) {
                ensure(leading);
                show(line, LEFT + WIDTH - width(line, size), baseline(y, leading, size), size, false);
                y -= leading;
            }
        }

        // ---- blocks ----

        void letterhead(Letterhead h, String title) throws IOException {
            centred(h.issuer(), ISSUER, ISSUER * 1.8f, false);
            y -= 4;
            centred(title, TITLE, TITLE * 1.6f, true);
            y -= 4;
            // the number's line, printed once the number is taken (see number)
            ensure(NUMBER_LEADING);
            numberPage = pages.size() - 1;
            numberTop = y;
            y -= NUMBER_LEADING;
            if (h.correctsNumber() != null) {
                right("本文书更正" + h.correctsNumber() + "，原文书作废", SMALL, SMALL * 1.8f);
            }
            y -= BODY * 0.6f;
        }

        void block(DocumentContent.Block block) throws IOException {
            if (block instanceof DocumentContent.Fields f) {
                fields(f.fields());
            } else if (block instanceof DocumentContent.Heading h) {
                heading(h.text());
            } else if (block instanceof DocumentContent.Paragraph p) {
                paragraph(p.text());
            } else if (block instanceof DocumentContent.Table t) {
                new TableLayout(t).draw();
            } else if (block instanceof DocumentContent.Signatures s) {
                signatures(s.signatures());
            }
        }

        private void fields(List<DocumentContent.Field> fields) throws IOException {
            float leading = BODY * 1.75f;
            float labelWidth = 0;
            for (DocumentContent.Field f : fields) {
                labelWidth = Math.max(labelWidth, width(clean(f.label()) + "：", BODY));
            }
            labelWidth = Math.min(labelWidth, WIDTH * 0.4f);
            for (DocumentContent.Field f : fields) {
                List<String> labels = body.lines(clean(f.label()) + "：", labelWidth);
                List<String> values = body.lines(clean(f.value()), WIDTH - labelWidth);
                int n = Math.max(labels.size(), values.size());
                for (int i = 0; i < n; i++) {
                    ensure(leading);
                    float base = baseline(y, leading, BODY);
                    if (i < labels.size()) {
                        show(labels.get(i), LEFT, base, BODY, false);
                    }
                    if (i < values.size()) {
                        show(values.get(i), LEFT + labelWidth, base, BODY, false);
                    }
                    y -= leading;
                }
            }
        }

        private void heading(String text) throws IOException {
            float leading = BODY * 1.75f;
            y -= BODY * 0.4f;
            // a heading never stands alone at the foot of a page
            ensure(leading * 2);
            for (String line : body.lines(clean(text), WIDTH)) {
                ensure(leading);
                show(line, LEFT, baseline(y, leading, BODY), BODY, true);
                y -= leading;
            }
        }

        private void paragraph(String text) throws IOException {
            float leading = BODY * 1.75f;
            float indent = BODY * 2;
            String cleaned = clean(text);
            List<String> lines = new ArrayList<>();
            List<Boolean> first = new ArrayList<>();
            for (String p : cleaned.split("\n", -1)) {
                List<String> ls = body.lines(p, WIDTH, indent);
                for (int i = 0; i < ls.size(); i++) {
                    lines.add(ls.get(i));
                    first.add(i == 0);
                }
            }
            for (int i = 0; i < lines.size(); i++) {
                ensure(leading);
                show(lines.get(i), LEFT + (first.get(i) ? indent : 0), baseline(y, leading, BODY), BODY, false);
                y -= leading;
            }
        }

        private void signatures(List<DocumentContent.Signature> signatures) throws IOException {
            float leading = BODY * 1.6f;
            float imageHeight = 40;
            float cellWidth = WIDTH / 2;
            float indent = BODY * 2;
            y -= BODY * 0.6f;
            for (int start = 0; start < signatures.size(); start += 2) {
                List<DocumentContent.Signature> row = signatures.subList(start, Math.min(start + 2,
                        signatures.size()));
                List<List<String>> roles = new ArrayList<>();
                List<List<String>> below = new ArrayList<>();
                float height = 0;
                for (DocumentContent.Signature s : row) {
                    List<String> r = body.lines(clean(s.role()) + "（签名）：", cellWidth - 8);
                    List<String> b = new ArrayList<>();
                    if (s.refused()) {
                        b.addAll(small.lines(clean("见证人：" + (s.witness() == null ? "" : s.witness())),
                                cellWidth - indent - 8));
                    } else {
                        b.addAll(body.lines(clean(s.name()), cellWidth - indent - 8));
                        if (s.signedOn() != null) {
                            b.add(clean(s.signedOn()));
                        }
                    }
                    roles.add(r);
                    below.add(b);
                    height = Math.max(height, r.size() * leading + imageHeight + 6 + b.size() * leading);
                }
                ensure(height);
                float top = y;
                for (int i = 0; i < row.size(); i++) {
                    DocumentContent.Signature s = row.get(i);
                    float x = LEFT + i * cellWidth;
                    float cy = top;
                    for (String line : roles.get(i)) {
                        show(line, x, baseline(cy, leading, BODY), BODY, false);
                        cy -= leading;
                    }
                    if (s.refused()) {
                        String refusal = clean(s.name()) + " ";
                        float base = baseline(cy - (imageHeight - leading) / 2, leading, BODY);
                        show(refusal, x + indent, base, BODY, false);
                        show(clean("拒绝签名"), x + indent + width(refusal, BODY), base, BODY, true);
                    } else if (s.image() != null && s.image().length > 0) {
                        PDImageXObject image = PDImageXObject.createFromByteArray(doc, s.image(), "signature");
                        float scale = Math.min((cellWidth - indent - 8) / image.getWidth(),
                                imageHeight / image.getHeight());
                        float w = image.getWidth() * scale;
                        float h = image.getHeight() * scale;
                        cs.drawImage(image, x + indent, cy - 3 - h - (imageHeight - h) / 2, w, h);
                    }
                    cy -= imageHeight + 6;
                    for (String line : below.get(i)) {
                        float size = s.refused() || line.equals(clean(s.signedOn())) ? SMALL : BODY;
                        show(line, x + indent, baseline(cy, leading, size), size, false);
                        cy -= leading;
                    }
                }
                y = top - height - BODY * 0.6f;
            }
        }

        void closing(Letterhead h) throws IOException {
            float leading = BODY * 1.75f;
            y -= leading;
            ensure(leading * 2);
            String issuer = clean(h.issuer());
            String date = clean(h.issuedOn());
            float w = Math.max(width(issuer, BODY), width(date, BODY));
            float x = LEFT + WIDTH - w - BODY * 2;
            show(issuer, x + (w - width(issuer, BODY)) / 2, baseline(y, leading, BODY), BODY, false);
            y -= leading;
            show(date, x + (w - width(date, BODY)) / 2, baseline(y, leading, BODY), BODY, false);
            y -= leading;
        }

        /** A table: column widths from the content, cells wrapped, rows split across pages, header repeated. */
        private final class TableLayout {

            private static final float PAD_X = 4;
            private static final float PAD_Y = 3;
            private final float leading = SMALL * 1.45f;
            private final List<String> headers;
            private final List<List<String>> rows;
            private final float[] widths;

            TableLayout(DocumentContent.Table t) {
                this.headers = t.headers().stream().map(Layout.this::clean).toList();
                int columns = Math.max(headers.size(), t.rows().stream().mapToInt(List::size).max().orElse(0));
                this.rows = t.rows().stream().map(r -> {
                    List<String> cells = new ArrayList<>(r.stream().map(Layout.this::clean).toList());
                    while (cells.size() < columns) {
                        cells.add("");
                    }
                    return cells;
                }).toList();
                this.widths = widths(columns, t.widths());
            }

            private float[] widths(int columns, List<Integer> relative) {
                float[] min = new float[columns];
                float[] want = new float[columns];
                for (int i = 0; i < columns; i++) {
                    List<String> column = new ArrayList<>();
                    if (i < headers.size()) {
                        column.add(headers.get(i));
                    }
                    for (List<String> r : rows) {
                        column.add(r.get(i));
                    }
                    for (String cell : column) {
                        min[i] = Math.max(min[i], Math.min((float) small.widestUnit(cell), WIDTH / columns));
                        for (String line : cell.split("\n")) {
                            want[i] = Math.max(want[i], width(line, SMALL));
                        }
                    }
                    // short words are not broken: 序号, 结果, 不符合, 不适用
                    for (String cell : column) {
                        if (cell.length() <= 4 && cell.indexOf('\n') < 0) {
                            min[i] = Math.max(min[i], width(cell, SMALL));
                        }
                    }
                    min[i] += 2 * PAD_X;
                    want[i] = Math.max(want[i] + 2 * PAD_X, min[i]);
                }
                if (relative.size() == columns && relative.stream().allMatch(x -> x != null && x > 0)) {
                    int sum = relative.stream().mapToInt(Integer::intValue).sum();
                    for (int i = 0; i < columns; i++) {
                        want[i] = Math.max(min[i], WIDTH * relative.get(i) / sum);
                    }
                }
                float sumMin = 0;
                float sumWant = 0;
                for (int i = 0; i < columns; i++) {
                    sumMin += min[i];
                    sumWant += want[i];
                }
                float[] w = new float[columns];
                for (int i = 0; i < columns; i++) {
                    if (sumWant <= WIDTH) {
                        // spare width goes to the columns that wrap most
                        w[i] = want[i] + (WIDTH - sumWant) * want[i] / sumWant;
                    } else if (sumMin >= WIDTH) {
                        w[i] = min[i] * WIDTH / sumMin;
                    } else {
                        w[i] = min[i] + (want[i] - min[i]) * (WIDTH - sumMin) / (sumWant - sumMin);
                    }
                }
                return w;
            }

            void draw() throws IOException {
                y -= SMALL * 0.3f;
                if (!headers.isEmpty()) {
                    // the header and the first line of a row together, or a new page
                    ensure(2 * (leading + 2 * PAD_Y));
                    row(headers, true);
                }
                for (List<String> r : rows) {
                    row(r, false);
                }
                y -= SMALL * 0.6f;
            }

            private List<List<String>> wrap(List<String> cells) {
                List<List<String>> wrapped = new ArrayList<>();
                for (int i = 0; i < widths.length; i++) {
                    String cell = i < cells.size() ? cells.get(i) : "";
                    wrapped.add(small.lines(cell, widths[i] - 2 * PAD_X));
                }
                return wrapped;
            }

            private void row(List<String> cells, boolean header) throws IOException {
                List<List<String>> lines = wrap(cells);
                int total = lines.stream().mapToInt(List::size).max().orElse(1);
                int from = 0;
                while (from < total) {
                    int fit = (int) Math.floor((y - BOTTOM - 2 * PAD_Y) / leading);
                    int remaining = total - from;
                    boolean wholeRowFitsAPage = total * leading + 2 * PAD_Y <= pageBody() - 2 * (leading + PAD_Y);
                    if (fit < remaining && (fit < 1 || from == 0 && wholeRowFitsAPage)) {
                        newPage();
                        if (!header && !headers.isEmpty()) {
                            row(headers, true);
                        }
                        continue;
                    }
                    int count = Math.min(fit, remaining);
                    float height = count * leading + 2 * PAD_Y;
                    float x = LEFT;
                    cs.setLineWidth(0.6f);
                    for (int i = 0; i < widths.length; i++) {
                        if (header) {
                            cs.setNonStrokingColor(0.92f);
                            cs.addRect(x, y - height, widths[i], height);
                            cs.fill();
                            cs.setNonStrokingColor(0f);
                        }
                        cs.addRect(x, y - height, widths[i], height);
                        cs.stroke();
                        List<String> cell = lines.get(i);
                        for (int k = 0; k < count && from + k < cell.size(); k++) {
                            String line = cell.get(from + k);
                            float tx = header ? x + (widths[i] - width(line, SMALL)) / 2 : x + PAD_X;
                            show(line, tx, baseline(y - PAD_Y - k * leading, leading, SMALL), SMALL, header);
                        }
                        x += widths[i];
                    }
                    y -= height;
                    from += count;
                    if (from < total) {
                        newPage();
                        if (!header && !headers.isEmpty()) {
                            row(headers, true);
                        }
                    }
                }
            }
        }
    }
}
