package cn.safety.enforcement.web.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItemDraft;

import java.util.ArrayList;
import java.util.List;

/**
 * A draft's items as typed on the page, one line per item in their order; a line left wholly empty is no item (that is
 * how an item is removed, and how the spare lines at the end stay unused).
 */
public class ChecklistItemsForm {

    static final int SPARE_LINES = 3;

    private List<Line> lines = new ArrayList<>();
    private Long version;

    static ChecklistItemsForm of(Checklist c) {
        ChecklistItemsForm f = new ChecklistItemsForm();
        c.getItems().forEach(i -> f.lines.add(new Line(i.getReference(), i.getText(), i.getBasis(), i.isMajor())));
        f.version = c.getLockVersion();
        return f.padded();
    }

    ChecklistItemsForm padded() {
        for (int i = 0; i < SPARE_LINES; i++) {
            lines.add(new Line(null, null, null, true));
        }
        return this;
    }

    /** The filled lines in their order. */
    List<ChecklistItemDraft> drafts() {
        List<ChecklistItemDraft> drafts = new ArrayList<>();
        if (lines != null) {
            for (Line l : lines) {
                if (l != null && !l.blank()) {
                    drafts.add(new ChecklistItemDraft(l.reference, l.text, l.basis, l.major));
                }
            }
        }
        return drafts;
    }

    /** The filled lines only, so that the page shown again numbers them as the refusal does. */
    ChecklistItemsForm filled() {
        ChecklistItemsForm f = new ChecklistItemsForm();
        f.version = version;
        if (lines != null) {
            lines.stream().filter(l -> l != null && !l.blank()).forEach(f.lines::add);
        }
        return f.padded();
    }

    public List<Line> getLines() {
        return lines;
    }

    public void setLines(List<Line> lines) {
        this.lines = lines;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    /** One item as typed. */
    public static class Line {

        private String reference;
        private String text;
        private String basis;
        private boolean major;

        public Line() {
        }

        Line(String reference, String text, String basis, boolean major) {
            this.reference = reference;
            this.text = text;
            this.basis = basis;
            this.major = major;
        }

        boolean blank() {
            return isBlank(reference) && isBlank(text) && isBlank(basis);
        }

        private static boolean isBlank(String s) {
            return s == null || s.isBlank();
        }

        public String getReference() {
            return reference;
        }

        public void setReference(String reference) {
            this.reference = reference;
        }

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public String getBasis() {
            return basis;
        }

        public void setBasis(String basis) {
            this.basis = basis;
        }

        public boolean isMajor() {
            return major;
        }

        public void setMajor(boolean major) {
            this.major = major;
        }
    }
}
