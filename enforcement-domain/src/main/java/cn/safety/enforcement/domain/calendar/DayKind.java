package cn.safety.enforcement.domain.calendar;

/**
 * What a day is under the official arrangement: an ordinary working day, a Saturday or Sunday, a day of a statutory
 * holiday's rest (法定节假日, including the weekend days the arrangement moves into it) or a weekend day on which the
 * arrangement has people work (调休上班).
 */
public enum DayKind {
    WORKDAY, WEEKEND, HOLIDAY, MAKEUP_WORKDAY;

    public boolean working() {
        return this == WORKDAY || this == MAKEUP_WORKDAY;
    }

    /** Only these two are entered; the others follow from the day of the week. */
    public boolean arranged() {
        return this == HOLIDAY || this == MAKEUP_WORKDAY;
    }
}
