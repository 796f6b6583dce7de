package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The query parameters of the calendar API, read by hand so that a missing, malformed or unknown value is refused with
 * a message that names the parameter and says what it should be, like every other refusal of the API.
 */
final class CalendarParameters {

    private CalendarParameters() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(name, "calendar.param.required");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new RuleViolation(name, "calendar.param.date");
        }
    }

    static int days(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(name, "calendar.param.required");
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new RuleViolation(name, "calendar.days.range", String.valueOf(Deadlines.MAX_DAYS));
        }
    }

    static PeriodUnit unit(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolation(name, "calendar.param.required");
        }
        try {
            return PeriodUnit.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(name, "calendar.unit.unknown", allowed());
        }
    }

    private static String allowed() {
        return Arrays.stream(PeriodUnit.values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
