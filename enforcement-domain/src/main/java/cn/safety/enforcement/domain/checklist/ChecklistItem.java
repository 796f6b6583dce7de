package cn.safety.enforcement.domain.checklist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One item of a checklist version: what is checked, its number in the standard, the citation a decision quotes and
 * whether failing it is a 重大事故隐患. Inspections refer to it by id, so an item of a version that has been in force is
 * never changed or removed; only a draft's items change.
 */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "checklist_id", nullable = false)
    private Checklist checklist;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(nullable = false, length = 1000)
    private String text;

    @Column(nullable = false, length = 300)
    private String basis;

    @Column(nullable = false)
    private boolean major;

    protected ChecklistItem() {
    }

    static ChecklistItem of(Checklist checklist, int position, ChecklistItemDraft draft) {
        ChecklistItem item = new ChecklistItem();
        item.checklist = checklist;
        item.position = position;
        item.take(draft);
        return item;
    }

    /** A draft's item takes the text entered at its position. */
    void take(ChecklistItemDraft draft) {
        this.reference = draft.reference().strip();
        this.text = draft.text().strip();
        this.basis = draft.basis().strip();
        this.major = draft.major();
    }

    ChecklistItemDraft toDraft() {
        return new ChecklistItemDraft(reference, text, basis, major);
    }

    public Long getId() {
        return id;
    }

    public Checklist getChecklist() {
        return checklist;
    }

    public int getPosition() {
        return position;
    }

    public String getReference() {
        return reference;
    }

    public String getText() {
        return text;
    }

    public String getBasis() {
        return basis;
    }

    public boolean isMajor() {
        return major;
    }
}
