package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.List;

/**
 * One data row of a bulk import, as read from the spreadsheet: its line number, identity and profile, and whatever the
 * reader could already not understand (an unknown sector label, a number that is not a number).
 */
public record ImportRow(int line, String creditCode, String divisionCode, EnterpriseProfile profile,
                        List<RuleViolation.Problem> readProblems) {

    public ImportRow {
        readProblems = List.copyOf(readProblems);
    }
}
