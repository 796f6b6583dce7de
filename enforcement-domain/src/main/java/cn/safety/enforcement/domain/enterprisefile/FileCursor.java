package cn.safety.enforcement.domain.enterprisefile;

import cn.safety.enforcement.domain.RuleViolation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A place in the time line: the entries older than it come next. The time line is ordered by time, then kind, then id,
 * all descending, so that entries of the same instant keep one order across pages. Written as
 * {@code <epoch microseconds>_<KIND>_<id>}, the precision the database keeps.
 */
public record FileCursor(Instant at, FileEntryKind kind, long id) {

    public FileCursor {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    /** The cursor of {@code text}, null for none; anything else that does not read as one is refused on the field. */
    public static FileCursor parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String[] parts = text.strip().split("_", -1);
        if (parts.length == 3) {
            try {
                long micros = Long.parseLong(parts[0]);
                FileEntryKind kind = FileEntryKind.parse(parts[1]);
                long id = Long.parseLong(parts[2]);
                if (kind != null) {
                    return new FileCursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS), kind, id);
                }
            } catch (NumberFormatException | ArithmeticException | java.time.DateTimeException ignored) {
                // refused below
            }
        }
        throw new RuleViolation("before", "cursor.invalid");
    }

    @Override
    public String toString() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at) + "_" + kind + "_" + id;
    }
}
