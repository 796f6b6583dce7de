package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.List;
import java.util.Map;

/**
 * One data row of a bulk import, as read from the spreadsheet: its line number, identity and profile, whatever the
 * reader could already not understand (an unknown sector label, a number that is not a number), and the text of each
 * cell by field, so that a rejection can quote the value it refused. The township (乡镇/街道) is given by name, within
 * the row's county.
 */
public record ImportRow(int line, String creditCode, String divisionCode, String township,
                        EnterpriseProfile profile, List<RuleViolation.Problem> readProblems,
                        Map<String, String> cells) {

    public ImportRow {
        readProblems = List.copyOf(readProblems);
        cells = cells == null ? Map.of() : cells;
        township = township == null || township.isBlank() ? null : township.strip();
    }

    /** A row that names no township (乡镇/街道 unknown). */
    public ImportRow(int line, String creditCode, String divisionCode, EnterpriseProfile profile,
                     List<RuleViolation.Problem> readProblems, Map<String, String> cells) {
        this(line, creditCode, divisionCode, null, profile, readProblems, cells);
    }

    public ImportRow(int line, String creditCode, String divisionCode, EnterpriseProfile profile,
                     List<RuleViolation.Problem> readProblems) {
        this(line, creditCode, divisionCode, profile, readProblems, Map.of());
    }
}
