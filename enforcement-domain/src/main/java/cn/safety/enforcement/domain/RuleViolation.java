package cn.safety.enforcement.domain;

import java.util.List;

/**
 * A business rule refused the request. Carries one or more message codes, each optionally bound to the input field that
 * caused it, so that pages can show the message next to the field and the API can list it in {@code errors}.
 */
public class RuleViolation extends RuntimeException {

    private final List<Problem> problems;

    public RuleViolation(String field, String messageCode, Object... args) {
        this(List.of(new Problem(field, messageCode, args)));
    }

    public RuleViolation(List<Problem> problems) {
        super(problems.isEmpty() ? "rule violation" : problems.get(0).messageCode());
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a violation needs at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** One refused input: {@code field} is null when the problem concerns the whole request. */
    public record Problem(String field, String messageCode, Object... args) implements java.io.Serializable {
    }
}
