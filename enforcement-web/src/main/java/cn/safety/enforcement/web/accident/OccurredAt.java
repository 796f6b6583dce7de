package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads the time of an accident: ISO 8601 with an offset, or a local date and time in the application's zone. */
final class OccurredAt {

    private OccurredAt() {
    }

    /** Null for a missing value (the accident names it as required); a value that is no time is refused here. */
    static Instant parse(String text, ZoneId zone) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(t).atZone(zone).toInstant();
            } catch (DateTimeParseException notATime) {
                throw new RuleViolation("occurredAt", "accident.occurredAt.invalid");
            }
        }
    }
}
