package cn.safety.enforcement.domain.accident;

/** An accident at an enterprise was recorded, with the grade computed for it. */
public record AccidentRecorded(AccidentSnapshot after) implements AccidentChange {

    public static AccidentRecorded of(Accident saved) {
        return new AccidentRecorded(saved.snapshot());
    }

    @Override
    public AccidentSnapshot before() {
        return null;
    }
}
