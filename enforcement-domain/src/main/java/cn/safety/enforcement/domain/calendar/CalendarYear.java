package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The official arrangement of one year (放假调休安排): the rest days of each statutory holiday and the weekend days worked
 * instead (调休上班), as the State Council General Office's notice of that year states them, with its document number.
 * <p>Lifecycle: {@link #enter entered} once from the notice; {@link #replace replaced} as a whole, with a reason, when it
 * was entered wrongly or a notice changes it. Every day not named here follows the day of the week.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    /** The longest run a single line may cover: no holiday of any notice has been longer than a month. */
    static final int LONGEST_RANGE_DAYS = 31;

    @Id
    private Integer year;

    @Column(nullable = false, length = 64)
    private String notice;

    @Column(name = "notice_title", nullable = false, length = 200)
    private String noticeTitle;

    @Column(name = "entered_at", nullable = false)
    private Instant enteredAt;

    @Column(name = "entered_by", nullable = false, length = 64)
    private String enteredBy;

    @Column(name = "replaced_reason", length = 500)
    private String replacedReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "calendar_day", joinColumns = @JoinColumn(name = "year"))
    @OrderBy("day")
    private List<ArrangedDay> days = new ArrayList<>();

    @Version
    private long version;

    protected CalendarYear() {
    }

    /** Enters the arrangement of {@code year} from its notice; every problem of every line is reported at once. */
    public static CalendarYear enter(int year, String notice, List<DayArrangement> arrangements, String enteredBy,
                                     Instant now) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new RuleViolation("year", "calendar.year.outOfRange", String.valueOf(FIRST_YEAR),
                    String.valueOf(LAST_YEAR));
        }
        String cleanNotice = requireNotice(notice, problems);
        List<ArrangedDay> days = expand(year, arrangements, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        CalendarYear y = new CalendarYear();
        y.year = year;
        y.notice = cleanNotice;
        y.noticeTitle = "国务院办公厅关于" + year + "年部分节假日安排的通知";
        y.days.addAll(days);
        y.enteredAt = now;
        y.enteredBy = enteredBy;
        return y;
    }

    /** Replaces the whole arrangement, e.g. after a wrong entry; the reason is kept with the year and in the record. */
    public CalendarYearReplaced replace(String notice, List<DayArrangement> arrangements, String reason,
                                        String replacedBy, Long departmentId, Instant now) {
        CalendarYearSnapshot before = snapshot();
        List<RuleViolation.Problem> problems = new ArrayList<>();
        String cleanReason = reason == null ? "" : reason.strip();
        if (cleanReason.isEmpty()) {
            problems.add(new RuleViolation.Problem("reason", "calendar.replace.reasonRequired"));
        } else if (cleanReason.length() > 500) {
            problems.add(new RuleViolation.Problem("reason", "calendar.replace.reasonTooLong", 500));
        } else if (Text.hasControlCharacters(cleanReason)) {
            problems.add(new RuleViolation.Problem("reason", "field.controlCharacters"));
        }
        String cleanNotice = requireNotice(notice, problems);
        List<ArrangedDay> replacement = expand(year, arrangements, problems);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.notice = cleanNotice;
        this.days.clear();
        this.days.addAll(replacement);
        this.replacedReason = cleanReason;
        this.enteredAt = now;
        this.enteredBy = replacedBy;
        return new CalendarYearReplaced(before, snapshot(), cleanReason, departmentId);
    }

    private static String requireNotice(String notice, List<RuleViolation.Problem> problems) {
        String clean = notice == null ? "" : notice.strip();
        if (clean.isEmpty()) {
            problems.add(new RuleViolation.Problem("notice", "calendar.notice.required"));
        } else if (clean.length() > 64) {
            problems.add(new RuleViolation.Problem("notice", "calendar.notice.tooLong", 64));
        } else if (Text.hasControlCharactersInLine(clean)) {
            problems.add(new RuleViolation.Problem("notice", "field.controlCharacters"));
        }
        return clean;
    }

    /** The lines of the notice as single days, each checked; problems name the line's date so a sheet row is found. */
    private static List<ArrangedDay> expand(int year, List<DayArrangement> arrangements,
                                            List<RuleViolation.Problem> problems) {
        TreeMap<LocalDate, ArrangedDay> days = new TreeMap<>();
        List<DayArrangement> lines = arrangements == null ? List.of() : arrangements;
        for (int i = 0; i < lines.size(); i++) {
            DayArrangement a = lines.get(i);
            String field = "ranges[" + i + "]";
            if (a.kind() == null || !a.kind().arranged()) {
                problems.add(new RuleViolation.Problem(field + ".kind", "calendar.range.kind", i + 1));
                continue;
            }
            if (a.from() == null || a.to() == null) {
                problems.add(new RuleViolation.Problem(field + ".from", "calendar.range.datesRequired", i + 1));
                continue;
            }
            if (a.to().isBefore(a.from())) {
                problems.add(new RuleViolation.Problem(field + ".to", "calendar.range.reversed", a.from(), a.to()));
                continue;
            }
            if (a.from().getYear() != year || a.to().getYear() != year) {
                problems.add(new RuleViolation.Problem(field + ".from", "calendar.range.otherYear", a.from(), a.to(),
                        String.valueOf(year)));
                continue;
            }
            if (a.to().toEpochDay() - a.from().toEpochDay() >= LONGEST_RANGE_DAYS) {
                problems.add(new RuleViolation.Problem(field + ".to", "calendar.range.tooLong", a.from(), a.to(),
                        LONGEST_RANGE_DAYS));
                continue;
            }
            String name = a.name() == null || a.name().isBlank() ? null : a.name().strip();
            if (name == null && a.kind() == DayKind.HOLIDAY) {
                problems.add(new RuleViolation.Problem(field + ".name", "calendar.range.nameRequired", a.from()));
                continue;
            }
            if (name != null && (name.length() > 32 || Text.hasControlCharactersInLine(name))) {
                problems.add(new RuleViolation.Problem(field + ".name", "calendar.range.nameInvalid", a.from(), 32));
                continue;
            }
            for (LocalDate d = a.from(); !d.isAfter(a.to()); d = d.plusDays(1)) {
                if (a.kind() == DayKind.MAKEUP_WORKDAY && !isWeekend(d)) {
                    problems.add(new RuleViolation.Problem(field + ".from", "calendar.range.makeupNotWeekend", d));
                } else if (days.containsKey(d)) {
                    problems.add(new RuleViolation.Problem(field + ".from", "calendar.range.dayTwice", d));
                } else {
                    days.put(d, new ArrangedDay(d, a.kind(), name));
                }
            }
        }
        if (problems.isEmpty() && days.values().stream().noneMatch(d -> d.getKind() == DayKind.HOLIDAY)) {
            problems.add(new RuleViolation.Problem("ranges", "calendar.ranges.noHoliday", String.valueOf(year)));
        }
        return new ArrayList<>(days.values());
    }

    static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** The arranged days by date, for reading the calendar. */
    public Map<LocalDate, CalendarDay> arrangedDays() {
        Map<LocalDate, CalendarDay> byDate = new HashMap<>();
        for (ArrangedDay d : days) {
            byDate.put(d.getDay(), d.toCalendarDay());
        }
        return byDate;
    }

    /** The arrangement as lines again: consecutive days of the same kind and name form one line. */
    public List<DayArrangement> arrangements() {
        List<DayArrangement> lines = new ArrayList<>();
        List<ArrangedDay> sorted = days.stream().sorted(Comparator.comparing(ArrangedDay::getDay)).toList();
        for (ArrangedDay d : sorted) {
            DayArrangement last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && last.kind() == d.getKind() && java.util.Objects.equals(last.name(), d.getName())
                    && last.to().plusDays(1).equals(d.getDay())) {
                lines.set(lines.size() - 1, new DayArrangement(last.kind(), last.name(), last.from(), d.getDay()));
            } else {
                lines.add(new DayArrangement(d.getKind(), d.getName(), d.getDay(), d.getDay()));
            }
        }
        return lines;
    }

    /** The arrangement as the record keeps it. */
    public CalendarYearSnapshot snapshot() {
        return new CalendarYearSnapshot(year, notice, describe(DayKind.HOLIDAY), describe(DayKind.MAKEUP_WORKDAY));
    }

    private String describe(DayKind kind) {
        StringBuilder sb = new StringBuilder();
        for (DayArrangement a : arrangements()) {
            if (a.kind() != kind) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(a.name() == null ? "" : a.name() + " ").append(a.from());
            if (!a.to().equals(a.from())) {
                sb.append('…').append(a.to());
            }
        }
        return sb.toString();
    }

    public int getYear() {
        return year;
    }

    public String getNotice() {
        return notice;
    }

    public String getNoticeTitle() {
        return noticeTitle;
    }

    public Instant getEnteredAt() {
        return enteredAt;
    }

    public String getEnteredBy() {
        return enteredBy;
    }

    public String getReplacedReason() {
        return replacedReason;
    }

    public long getVersion() {
        return version;
    }

    public long holidayCount() {
        return days.stream().filter(d -> d.getKind() == DayKind.HOLIDAY).count();
    }

    public long makeupWorkdayCount() {
        return days.stream().filter(d -> d.getKind() == DayKind.MAKEUP_WORKDAY).count();
    }
}
