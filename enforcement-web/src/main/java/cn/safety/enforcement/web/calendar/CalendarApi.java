package cn.safety.enforcement.web.calendar;

import cn.safety.enforcement.domain.calendar.ConsultingCalendar;
import cn.safety.enforcement.domain.calendar.Deadlines;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The working-day calendar for integrations: national reference data, the same for every caller, so it is outside any
 * jurisdiction scope; any signed-in user or token may read it.
 */
@RestController
@Tag(name = "calendar", description = "工作日历: 法定节假日与调休上班 (national reference data, the same for every caller)")
class CalendarApi {

    private final ConsultingCalendar calendar;
    private final Deadlines deadlines;

    CalendarApi(ConsultingCalendar calendar, Deadlines deadlines) {
        this.calendar = calendar;
        this.deadlines = deadlines;
    }

    @GetMapping("/api/v1/calendar/days")
    @Operation(summary = "Every day from `from` to `to` (both included, at most 400 days) with its kind: WORKDAY,"
            + " WEEKEND, HOLIDAY (法定节假日 rest day) or MAKEUP_WORKDAY (调休上班). A year whose arrangement is not"
            + " entered yet shows weekends only. A missing or malformed date, `to` before `from` or more than 400 days"
            + " is a 400 problem naming the parameter.")
    List<CalendarDayView> days(
            @Parameter(required = true, description = "first day, ISO date",
                    schema = @Schema(type = "string", format = "date", example = "2026-09-25"))
            @RequestParam(required = false) String from,
            @Parameter(required = true, description = "last day, ISO date",
                    schema = @Schema(type = "string", format = "date", example = "2026-10-12"))
            @RequestParam(required = false) String to) {
        return calendar.days(CalendarParameters.date("from", from), CalendarParameters.date("to", to)).stream()
                .map(CalendarDayView::of).toList();
    }

    @GetMapping("/api/v1/calendar/deadline")
    @Operation(summary = "The last day of a period of `days` calendar or working days from `start`. The start day is"
            + " not counted; a calendar-day period whose last day is a weekend or holiday (but not a make-up working"
            + " day) ends on the next working day (民事诉讼法 第八十五条). `provisional` is true when the period reaches"
            + " into a year whose arrangement is not entered yet.")
    DeadlineView deadline(
            @Parameter(required = true, description = "the day the period starts from (not counted), ISO date",
                    schema = @Schema(type = "string", format = "date", example = "2026-09-28"))
            @RequestParam(required = false) String start,
            @Parameter(required = true, description = "length of the period, 0 to " + Deadlines.MAX_DAYS,
                    schema = @Schema(type = "integer", minimum = "0", maximum = "3660", example = "7"))
            @RequestParam(required = false) String days,
            @Parameter(required = true, description = "how the days are counted",
                    schema = @Schema(type = "string", allowableValues = {"CALENDAR_DAYS", "WORKING_DAYS"}))
            @RequestParam(required = false) String unit) {
        return DeadlineView.of(deadlines.of(CalendarParameters.date("start", start),
                CalendarParameters.days("days", days), CalendarParameters.unit("unit", unit)));
    }
}
