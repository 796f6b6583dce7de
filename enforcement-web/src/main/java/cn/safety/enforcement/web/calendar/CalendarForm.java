package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.calendar.CalendarEntry;
import cn.safety.enforcement.domain.calendar.DayArrangement;
import cn.safety.enforcement.domain.calendar.DayKind;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Entering or replacing a year: the notice, its lines (kind, name, from, to; blank lines are ignored) and, to replace a
 * year already entered, the explicit choice with a reason on the version seen.
 */
public class CalendarForm implements java.io.Serializable {

    private Integer year;
    private String notice;
    private boolean replace;
    private String reason;
    private Long version;
    private List<Line> ranges = new ArrayList<>();

    /** One line of the notice as typed. */
    public static class Line implements java.io.Serializable {
        private String kind;
        private String name;
        private String from;
        private String to;

        public Line() {
        }

        Line(DayArrangement a) {
            this.kind = a.kind().name();
            this.name = a.name();
            this.from = a.from().toString();
            this.to = a.to().toString();
        }

        boolean blank() {
            return isBlank(name) && isBlank(from) && isBlank(to);
        }

        public String getKind() { return kind; }
        public void setKind(String kind) { this.kind = kind; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getFrom() { return from; }
        public void setFrom(String from) { this.from = from; }
        public String getTo() { return to; }
        public void setTo(String to) { this.to = to; }
    }

    /** A form for {@code year}: its current lines to edit when it is entered, and empty lines to add more. */
    static CalendarForm of(int year, String notice, List<DayArrangement> current, Long version, int emptyLines) {
        CalendarForm f = new CalendarForm();
        f.year = year;
        f.notice = notice;
        f.version = version;
        current.forEach(a -> f.ranges.add(new Line(a)));
        f.padded(emptyLines);
        return f;
    }

    /** Adds empty lines so that at least {@code n} stay free to type in. */
    CalendarForm padded(int n) {
        long free = ranges.stream().filter(Line::blank).count();
        for (long i = free; i < n; i++) {
            Line l = new Line();
            l.kind = DayKind.HOLIDAY.name();
            ranges.add(l);
        }
        return this;
    }

    /** The entry, with the lines given (from the form, or read from a sheet); a date that is no date is refused. */
    CalendarEntry toEntry(List<DayArrangement> lines) {
        if (year == null) {
            throw new RuleViolation("year", "calendar.year.required");
        }
        return new CalendarEntry(year, notice, lines,
                replace ? new CalendarEntry.Replacement(reason, version == null ? -1 : version) : null);
    }

    /** The typed lines as arrangements, in their order; blank lines are left out, bad dates and kinds refused. */
    List<DayArrangement> typedLines() {
        List<DayArrangement> lines = new ArrayList<>();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        for (int i = 0; i < ranges.size(); i++) {
            Line l = ranges.get(i);
            if (l == null || l.blank()) {
                continue;
            }
            DayKind kind = kind(l.kind);
            LocalDate from = date(l.from);
            LocalDate to = isBlank(l.to) ? from : date(l.to);
            if (kind == null) {
                problems.add(new RuleViolation.Problem("ranges[" + i + "].kind", "calendar.range.kind", i + 1));
            } else if (from == null || to == null) {
                problems.add(new RuleViolation.Problem("ranges[" + i + "].from", "calendar.range.badDate", i + 1));
            } else {
                lines.add(new DayArrangement(kind, l.name, from, to));
            }
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return lines;
    }

    private static DayKind kind(String value) {
        try {
            return value == null ? null : DayKind.valueOf(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static LocalDate date(String value) {
        if (isBlank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getNotice() { return notice; }
    public void setNotice(String notice) { this.notice = notice; }
    public boolean isReplace() { return replace; }
    public void setReplace(boolean replace) { this.replace = replace; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public List<Line> getRanges() { return ranges; }
    public void setRanges(List<Line> ranges) { this.ranges = ranges; }
}
