package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * The result of one checklist item in one inspection: 符合 / 不符合 / 不适用 (null until recorded) and a note. The item's
 * reference, text, basis and whether failing it is a 重大事故隐患 are copied when the inspection starts, so the record
 * reads as on that day. Part of the inspection (created and changed through it); its id lets evidence point at it.
 * <p>Recording a result, its evidence and what a failed major item proposes belong to the site workflow.
 */
@Entity
@Table(name = "inspection_result")
public class InspectionResult {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_result_seq")
    @SequenceGenerator(name = "inspection_result_seq", sequenceName = "inspection_result_seq", allocationSize = 50)
    private Long id;

    @Column(name = "checklist_item_id", nullable = false)
    private Long checklistItemId;

    @Column(name = "checklist_id", nullable = false)
    private Long checklistId;

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

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private CheckResult result;

    @Column(length = 2000)
    private String note;

    /** MAJOR when a 重大事故隐患 item failed: the proposal of a major hazard, kept until the hazard is reported. */
    @Column(name = "proposed_hazard", length = 16)
    private String proposedHazard;

    @Column(name = "recorded_by", length = 64)
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected InspectionResult() {
    }

    /** An item still to check, copied from the checklist in force. */
    static InspectionResult toCheck(long checklistId, InspectionChecklists.Item item) {
        InspectionResult r = new InspectionResult();
        r.checklistId = checklistId;
        r.checklistItemId = item.id();
        r.position = item.position();
        r.reference = item.reference();
        r.text = item.text();
        r.basis = item.basis();
        r.major = item.major();
        return r;
    }

    /** Records (or corrects) the result; validation and the state guard are the inspection's. */
    void record(CheckResult value, String cleanNote, String by, Instant now) {
        this.result = value;
        this.note = cleanNote;
        this.recordedBy = by;
        this.recordedAt = now;
        this.proposedHazard = major && value == CheckResult.FAIL ? MAJOR_HAZARD : null;
    }

    /** What a failed 重大事故隐患 item proposes (拟列为重大事故隐患). */
    public static final String MAJOR_HAZARD = "MAJOR";

    /** MAJOR when this 重大事故隐患 item failed (拟列为重大事故隐患), else null. */
    public String getProposedHazard() {
        return proposedHazard;
    }

    /** Whether a result (符合 / 不符合 / 不适用) is recorded. */
    public boolean recorded() {
        return result != null;
    }

    public Long getId() {
        return id;
    }

    public Long getChecklistItemId() {
        return checklistItemId;
    }

    public Long getChecklistId() {
        return checklistId;
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

    public CheckResult getResult() {
        return result;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
