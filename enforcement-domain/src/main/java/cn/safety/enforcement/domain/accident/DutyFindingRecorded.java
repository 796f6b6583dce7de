package cn.safety.enforcement.domain.accident;

/** A failure of the main responsible person's safety duty was recorded at an enterprise. */
public record DutyFindingRecorded(DutyFindingSnapshot after) implements DutyFindingChange {

    public static DutyFindingRecorded of(DutyFinding saved) {
        return new DutyFindingRecorded(saved.snapshot());
    }

    @Override
    public DutyFindingSnapshot before() {
        return null;
    }
}
