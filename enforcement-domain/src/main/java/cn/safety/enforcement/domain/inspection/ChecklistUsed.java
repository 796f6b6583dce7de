package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A checklist version an inspection uses (the one in force on its day), by id with code, version and title. */
@Embeddable
public class ChecklistUsed {

    @Column(name = "checklist_id", nullable = false)
    private Long checklistId;

    @Column(nullable = false, length = 64)
    private String code;

    @Column(nullable = false)
    private int version;

    @Column(nullable = false, length = 200)
    private String title;

    protected ChecklistUsed() {
    }

    public ChecklistUsed(long checklistId, String code, int version, String title) {
        this.checklistId = checklistId;
        this.code = code;
        this.version = version;
        this.title = title;
    }

    public Long getChecklistId() {
        return checklistId;
    }

    public String getCode() {
        return code;
    }

    public int getVersion() {
        return version;
    }

    public String getTitle() {
        return title;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ChecklistUsed other && Objects.equals(checklistId, other.checklistId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(checklistId);
    }
}
