package cn.safety.enforcement.domain.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;

/** A day the notice names: a holiday's rest day or a make-up working day. */
@Embeddable
public class ArrangedDay {

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DayKind kind;

    @Column(length = 32)
    private String name;

    protected ArrangedDay() {
    }

    ArrangedDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    public LocalDate getDay() {
        return day;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    CalendarDay toCalendarDay() {
        return new CalendarDay(day, kind, name);
    }
}
