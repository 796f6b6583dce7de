package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.List;

/**
 * The outcome of a bulk import. It is all or nothing: when any row is rejected, {@code imported} is 0 and every
 * rejected row is listed with each of its problems.
 */
public record ImportReport(int rows, int imported, List<RejectedRow> rejected) {

    public boolean accepted() {
        return rejected.isEmpty();
    }

    public record RejectedRow(int line, String creditCode, List<RuleViolation.Problem> problems) {
    }
}
