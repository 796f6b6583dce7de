package cn.safety.enforcement.domain.inspection;

/** An expert joined the department's pool. */
public record ExpertAdded(ExpertSnapshot after) implements ExpertChange {

    public static ExpertAdded of(Expert saved) {
        return new ExpertAdded(saved.snapshot());
    }

    @Override
    public ExpertSnapshot before() {
        return null;
    }
}
