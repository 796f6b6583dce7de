package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a bulk import. It is all or nothing: when any row is rejected, {@code imported} is 0,
 * {@code rejectedRows} counts every rejected row, {@code rejected} lists the first of them with each of their problems,
 * and {@code reportId} names the whole report, kept for the importer to download. {@code firstLine} and
 * {@code lastLine} are the spreadsheet row numbers (the header is row 1) of the first and the last data row, the same
 * numbers as the rejected rows carry, so that a summary and its errors speak of the same rows.
 */
public record ImportReport(int rows, int imported, int rejectedRows, List<RejectedRow> rejected, String reportId,
                           int firstLine, int lastLine) {

    public ImportReport {
        rejected = List.copyOf(rejected);
    }

    public boolean accepted() {
        return rejectedRows == 0;
    }

    /** Whether the page shows only the first rejected rows and the rest is in the report to download. */
    public boolean truncated() {
        return rejected.size() < rejectedRows;
    }

    ImportReport withReport(String id) {
        return new ImportReport(rows, imported, rejectedRows, rejected, id, firstLine, lastLine);
    }

    /** One rejected row: its line, its credit code as written, its problems and the value of each faulty field. */
    public record RejectedRow(int line, String creditCode, List<RuleViolation.Problem> problems,
                              Map<String, String> values) {

        public RejectedRow {
            problems = List.copyOf(problems);
            values = values == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        }

        /** The value the file holds in {@code field}, or null when the cell is empty. */
        public String valueOf(String field) {
            return field == null ? null : values.get(field);
        }
    }
}
