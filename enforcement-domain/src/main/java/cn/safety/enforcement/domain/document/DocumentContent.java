package cn.safety.enforcement.domain.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a document says, as generic blocks in reading order that one renderer lays out for every document type: the
 * title, then label/value fields, headings, paragraphs, tables and signature blocks. The issuing department's name,
 * the number and the page numbers are added by the renderer. Build it with {@link #builder(String)}:
 * <pre>{@code
 * DocumentContent.builder("现场检查记录")
 *     .field("被检查单位", party.name()).field("检查时间", "2026年3月5日9时30分至11时")
 *     .heading("检查情况")
 *     .table(List.of("序号", "检查事项", "依据", "结果"), rows)
 *     .paragraph("以上情况属实。")
 *     .signatures(Signature.signed("检查人员", "李执法", png), Signature.refused("被检查单位负责人", "张三", "见证人王五"))
 *     .build();
 * }</pre>
 *
 * @param title  the document's title, printed large and centred (e.g. 现场检查记录)
 * @param blocks the body, in order
 */
public record DocumentContent(String title, List<Block> blocks) {

    public DocumentContent {
        Objects.requireNonNull(title, "title");
        blocks = List.copyOf(blocks);
    }

    public static Builder builder(String title) {
        return new Builder(title);
    }

    /** Every text of the document in reading order (title, labels, values, cells, names): for checks and search. */
    public List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.add(title);
        for (Block b : blocks) {
            if (b instanceof Fields f) {
                f.fields().forEach(x -> {
                    texts.add(x.label());
                    texts.add(x.value());
                });
            } else if (b instanceof Heading h) {
                texts.add(h.text());
            } else if (b instanceof Paragraph p) {
                texts.add(p.text());
            } else if (b instanceof Table t) {
                texts.addAll(t.headers());
                t.rows().forEach(texts::addAll);
            } else if (b instanceof Signatures s) {
                s.signatures().forEach(x -> {
                    texts.add(x.role());
                    texts.add(x.name());
                    texts.add(x.witness());
                });
            }
        }
        texts.removeIf(Objects::isNull);
        return texts;
    }

    /** One block of the body. */
    public sealed interface Block permits Fields, Heading, Paragraph, Table, Signatures {
    }

    /** One label and its value, printed 「label：value」. */
    public record Field(String label, String value) {
    }

    /** Label/value lines, e.g. 被检查单位、地址、法定代表人. */
    public record Fields(List<Field> fields) implements Block {
        public Fields {
            fields = List.copyOf(fields);
        }
    }

    /** A bold section heading, e.g. 检查情况. */
    public record Heading(String text) implements Block {
    }

    /** A paragraph of running text, first line indented by two characters. */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table with a header row; cells wrap inside their column. {@code widths} gives the relative width of each column
     * (empty: computed from the content).
     */
    public record Table(List<String> headers, List<List<String>> rows, List<Integer> widths) implements Block {
        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(r -> List.copyOf(r.stream().map(c -> c == null ? "" : c).toList())).toList();
            widths = widths == null ? List.of() : List.copyOf(widths);
        }
    }

    /** The signatures at the end of a document, side by side where they fit. */
    public record Signatures(List<Signature> signatures) implements Block {
        public Signatures {
            signatures = List.copyOf(signatures);
        }
    }

    /**
     * One signature: who signs in which role, and either the image of the handwritten signature (PNG or JPEG bytes,
     * with the evidence id it is kept under, if any) or a refusal to sign recorded with its witness (拒绝签字, 见证人).
     *
     * @param role       the role label printed before it, e.g. 执法人员、被检查单位现场负责人
     * @param name       the signer's name, printed under the image
     * @param image      the signature image; null for a refusal
     * @param evidenceId the evidence the image is kept as, or null
     * @param refused    whether the person refused to sign
     * @param witness    who witnessed the refusal (见证人), required with a refusal
     * @param signedOn   the date printed with it (e.g. 2026年3月5日), or null
     */
    public record Signature(String role, String name, byte[] image, Long evidenceId, boolean refused,
                            String witness, String signedOn) {

        public static Signature signed(String role, String name, byte[] image) {
            return new Signature(role, name, image, null, false, null, null);
        }

        public static Signature refused(String role, String name, String witness) {
            return new Signature(role, name, null, null, true, witness, null);
        }

        public Signature withEvidence(long id) {
            return new Signature(role, name, image, id, refused, witness, signedOn);
        }

        public Signature on(String date) {
            return new Signature(role, name, image, evidenceId, refused, witness, date);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Signature s && refused == s.refused && Objects.equals(role, s.role)
                    && Objects.equals(name, s.name) && Arrays.equals(image, s.image)
                    && Objects.equals(evidenceId, s.evidenceId) && Objects.equals(witness, s.witness)
                    && Objects.equals(signedOn, s.signedOn);
        }

        @Override
        public int hashCode() {
            return Objects.hash(role, name, Arrays.hashCode(image), evidenceId, refused, witness, signedOn);
        }

        @Override
        public String toString() {
            return "Signature[" + role + ", " + name + (refused ? ", refused, witness " + witness
                    : ", " + (image == null ? 0 : image.length) + " bytes") + "]";
        }
    }

    /** Collects the blocks; consecutive {@link #field} calls make one {@link Fields} block. */
    public static final class Builder {

        private final String title;
        private final List<Block> blocks = new ArrayList<>();
        private List<Field> fields;

        private Builder(String title) {
            this.title = title;
        }

        public Builder field(String label, String value) {
            if (fields == null) {
                fields = new ArrayList<>();
            }
            fields.add(new Field(label, value == null ? "" : value));
            return this;
        }

        public Builder heading(String text) {
            return add(new Heading(text));
        }

        public Builder paragraph(String text) {
            return add(new Paragraph(text));
        }

        public Builder table(List<String> headers, List<List<String>> rows) {
            return add(new Table(headers, rows, List.of()));
        }

        public Builder table(List<String> headers, List<List<String>> rows, List<Integer> widths) {
            return add(new Table(headers, rows, widths));
        }

        public Builder signatures(Signature... signatures) {
            return add(new Signatures(List.of(signatures)));
        }

        public Builder signatures(List<Signature> signatures) {
            return add(new Signatures(signatures));
        }

        private Builder add(Block block) {
            flushFields();
            blocks.add(block);
            return this;
        }

        private void flushFields() {
            if (fields != null) {
                blocks.add(new Fields(fields));
                fields = null;
            }
        }

        public DocumentContent build() {
            flushFields();
            return new DocumentContent(title, blocks);
        }
    }
}
