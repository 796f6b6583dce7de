package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One recorded stage: when, a note, who of the enterprise was present (role and name in parallel arrays). */
@Embeddable
public class StageRecord {

    @Column(nullable = false)
    private Instant at;

    @Column(length = 2000)
    private String note;

    @Column(name = "present_roles", nullable = false, columnDefinition = "varchar(32)[]")
    private String[] presentRoles = new String[0];

    @Column(name = "present_names", nullable = false, columnDefinition = "varchar(64)[]")
    private String[] presentNames = new String[0];

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StageRecord() {
    }

    StageRecord(Instant at, String note, List<Attendee> present, String recordedBy, Instant recordedAt) {
        this.at = at;
        this.note = note;
        this.presentRoles = present.stream().map(a -> a.role().name()).toArray(String[]::new);
        this.presentNames = present.stream().map(Attendee::name).toArray(String[]::new);
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Instant getAt() {
        return at;
    }

    public String getNote() {
        return note;
    }

    public List<Attendee> present() {
        List<Attendee> list = new ArrayList<>(presentRoles.length);
        for (int i = 0; i < presentRoles.length; i++) {
            list.add(new Attendee(AttendeeRole.valueOf(presentRoles[i]), presentNames[i]));
        }
        return list;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
