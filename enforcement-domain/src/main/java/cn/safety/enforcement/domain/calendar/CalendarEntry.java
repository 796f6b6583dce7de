package cn.safety.enforcement.domain.calendar;

import java.util.List;

/**
 * What an admin submits: the year, the notice's document number and its lines. {@code replacing} is null for a year
 * not entered yet; a year already entered is changed only by explicitly replacing it, with a reason, on the version
 * the admin saw.
 */
public record CalendarEntry(int year, String notice, List<DayArrangement> ranges, Replacement replacing) {

    public CalendarEntry {
        ranges = ranges == null ? List.of() : List.copyOf(ranges);
    }

    public record Replacement(String reason, long seenVersion) {
    }
}
