package cn.safety.enforcement.domain.testsupport;

import cn.safety.enforcement.domain.RuleViolation;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Runs a call that must be refused by a {@link RuleViolation} and gives its problems as "field:messageCode". */
public final class Violations {

    private Violations() {
    }

    public static RuleViolation violationOf(ThrowingCallable call) {
        Throwable thrown = catchThrowable(call);
        assertThat(thrown).as("expected a RuleViolation").isInstanceOf(RuleViolation.class);
        return (RuleViolation) thrown;
    }

    public static List<String> problemsOf(ThrowingCallable call) {
        return fieldsAndCodes(violationOf(call).problems());
    }

    public static List<String> fieldsAndCodes(List<RuleViolation.Problem> problems) {
        return problems.stream().map(p -> p.field() + ":" + p.messageCode()).toList();
    }
}
