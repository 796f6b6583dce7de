package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.RuleViolation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

/** Reads times typed into the inspection forms and API: ISO 8601 with an offset, or local in the application's zone. */
final class Times {

    private Times() {
    }

    /** Null for a missing value; a value that is no time is refused on {@code field}. */
    static Instant instant(String text, ZoneId zone, String field) {
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
                throw new RuleViolation(field, "inspection.time.invalid");
            }
        }
    }

    /**
     * A bound of the list: a date (the start of that day; for {@code to} the start of the next, so that the day is
     * included) or a time.
     */
    static Instant bound(String text, ZoneId zone, String field, boolean upper) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            LocalDate day = LocalDate.parse(t);
            return (upper ? day.plusDays(1) : day).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException notADate) {
            return instant(t, zone, field);
        }
    }
}
