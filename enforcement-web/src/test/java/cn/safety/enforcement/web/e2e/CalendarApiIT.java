package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import static cn.safety.enforcement.web.e2e.Http.errorsFor;
import static cn.safety.enforcement.web.e2e.Http.expect;
import static cn.safety.enforcement.web.e2e.Http.problem;
import static cn.safety.enforcement.web.e2e.Http.text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The calendar API against the State Council's arrangements as the {@code chinese-days} package of the npm registry has
 * them (the fixture under {@code calendar/}, copied unchanged from the package), day by day for 2024 to 2026.
 */
class CalendarApiIT extends EndToEndIT {

    private static final String FIXTURE = "/calendar/chinese-days-2024-2026.json";

    @Test
    void every_day_of_2024_to_2026_is_the_kind_and_holiday_the_notices_and_the_npm_package_say() throws IOException {
        JsonNode fixture;
        try (InputStream in = getClass().getResourceAsStream(FIXTURE)) {
            fixture = Http.JSON.readTree(in);
        }
        JsonNode holidays = fixture.path("holidays");
        JsonNode workdays = fixture.path("workdays");
        assertThat(holidays.size()).as("holiday days in the fixture").isEqualTo(28 + 28 + 33);
        assertThat(workdays.size()).as("make-up days in the fixture").isEqualTo(8 + 5 + 6);

        List<String> differences = new ArrayList<>();
        int days = 0;
        for (int year = 2024; year <= 2026; year++) {
            JsonNode answer = api("zd-inspector").getJson("/api/v1/calendar/days?from=" + year + "-01-01&to=" + year
                    + "-12-31");
            LocalDate expectedDate = LocalDate.of(year, 1, 1);
            for (Iterator<JsonNode> it = answer.values().iterator(); it.hasNext(); expectedDate = expectedDate.plusDays(1)) {
                JsonNode day = it.next();
                days++;
                String date = expectedDate.toString();
                String kind;
                String name;
                if (holidays.has(date)) {
                    kind = "HOLIDAY";
                    name = notice(date, holidays.path(date).asString());
                } else if (workdays.has(date)) {
                    kind = "MAKEUP_WORKDAY";
                    name = notice(date, workdays.path(date).asString());
                } else {
                    boolean weekend = expectedDate.getDayOfWeek() == DayOfWeek.SATURDAY
                            || expectedDate.getDayOfWeek() == DayOfWeek.SUNDAY;
                    kind = weekend ? "WEEKEND" : "WORKDAY";
                    name = null;
                }
                boolean working = kind.equals("WORKDAY") || kind.equals("MAKEUP_WORKDAY");
                String got = text(day, "date") + " " + text(day, "kind") + " " + text(day, "name") + " "
                        + day.path("workingDay").asBoolean();
                String want = date + " " + kind + " " + name + " " + working;
                if (!got.equals(want)) {
                    differences.add("want " + want + ", got " + got);
                }
                assertThat(day.has("name")).as("name present, null for plain days: %s", day).isTrue();
            }
            assertThat(expectedDate).as("every day of %s answered", year).isEqualTo(LocalDate.of(year + 1, 1, 1));
        }
        assertThat(differences).isEmpty();
        assertThat(days).isEqualTo(366 + 365 + 365);
    }

    /**
     * The holiday's name as the notice writes it. The package shortens 清明节, 端午节 and 中秋节, and names each day of
     * 2025's joint holiday by its festival; the 2025 notice (国办发明电〔2024〕12号) names the whole run, and its make-up
     * days, 国庆节、中秋节.
     */
    private static String notice(String date, String packageValue) {
        if (date.compareTo("2025-09-28") >= 0 && date.compareTo("2025-10-11") <= 0) {
            return "国庆节、中秋节";
        }
        String name = packageValue.split(",")[1];
        return switch (name) {
            case "清明", "端午", "中秋" -> name + "节";
            default -> name;
        };
    }

    @Test
    void the_days_around_national_day_2026_answer_as_the_contract_shows() {
        JsonNode days = api("tj-admin").getJson("/api/v1/calendar/days?from=2026-09-25&to=2026-10-12");

        assertThat(days.size()).isEqualTo(18);
        JsonNode first = days.get(0);
        assertThat(first.propertyNames()).containsExactly("date", "workingDay", "kind", "name");
        assertThat(first.toString()).isEqualTo(
                "{\"date\":\"2026-09-25\",\"workingDay\":false,\"kind\":\"HOLIDAY\",\"name\":\"中秋节\"}");
        assertThat(days.get(3).toString()).isEqualTo(
                "{\"date\":\"2026-09-28\",\"workingDay\":true,\"kind\":\"WORKDAY\",\"name\":null}");
        assertThat(days.get(6).toString()).isEqualTo(
                "{\"date\":\"2026-10-01\",\"workingDay\":false,\"kind\":\"HOLIDAY\",\"name\":\"国庆节\"}");
        assertThat(days.get(15).toString()).isEqualTo(
                "{\"date\":\"2026-10-10\",\"workingDay\":true,\"kind\":\"MAKEUP_WORKDAY\",\"name\":\"国庆节\"}");
        assertThat(text(days.get(16), "kind")).isEqualTo("WEEKEND");
    }

    @Test
    void deadlines_across_national_day_2026_in_working_and_calendar_days() {
        JsonNode working = api("zd-inspector").getJson(
                "/api/v1/calendar/deadline?start=2026-09-28&days=7&unit=WORKING_DAYS");
        assertThat(working.toString()).isEqualTo("{\"start\":\"2026-09-28\",\"days\":7,\"unit\":\"WORKING_DAYS\","
                + "\"dueOn\":\"2026-10-13\",\"provisional\":false}");

        JsonNode calendar = api("zd-inspector").getJson(
                "/api/v1/calendar/deadline?start=2026-09-28&days=5&unit=CALENDAR_DAYS");
        assertThat(text(calendar, "dueOn")).isEqualTo("2026-10-08");
        assertThat(calendar.path("provisional").asBoolean()).isFalse();

        JsonNode spring = api("zd-inspector").getJson(
                "/api/v1/calendar/deadline?start=2026-02-12&days=5&unit=WORKING_DAYS");
        assertThat(text(spring, "dueOn")).isEqualTo("2026-02-26");
    }

    @Test
    void a_deadline_in_a_year_not_entered_counts_weekends_only_and_is_provisional() {
        JsonNode d = api("bh-inspector").getJson("/api/v1/calendar/deadline?start=2028-01-28&days=5&unit=WORKING_DAYS");

        assertThat(text(d, "dueOn")).isEqualTo("2028-02-04");
        assertThat(d.path("provisional").asBoolean()).isTrue();
        JsonNode days = api("bh-inspector").getJson("/api/v1/calendar/days?from=2028-01-01&to=2028-01-03");
        assertThat(days.findValuesAsString("kind")).containsExactly("WEEKEND", "WEEKEND", "WORKDAY");
    }

    @Test
    void four_hundred_days_are_answered_and_one_more_is_a_problem_naming_to() {
        assertThat(api("zd-inspector").getJson("/api/v1/calendar/days?from=2026-01-01&to=2027-02-04").size())
                .isEqualTo(400);

        JsonNode p = problem(api("zd-inspector").get("/api/v1/calendar/days?from=2026-01-01&to=2027-02-05"), 400);
        assertThat(errorsFor(p, "to")).containsExactly("一次最多查询 400 天。");
    }

    @Test
    void bad_dates_a_reversed_range_and_missing_parameters_are_problems_naming_the_parameter() {
        Http.Api api = api("zd-inspector");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/days?from=2026-13-01&to=2026-12-31"), 400), "from"))
                .containsExactly("日期无效，格式应为 YYYY-MM-DD，如 2026-10-01。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/days?from=2026-02-01&to=2026-02-30"), 400), "to"))
                .containsExactly("日期无效，格式应为 YYYY-MM-DD，如 2026-10-01。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/days?from=2026-10-12&to=2026-09-25"), 400), "to"))
                .containsExactly("截止日期 2026-09-25 早于起始日期 2026-10-12。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/days?to=2026-09-25"), 400), "from"))
                .containsExactly("缺少此参数。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/days?from=0001-01-01&to=0001-01-02"), 400), "from"))
                .containsExactly("日期应在 1900 年至 2199 年之间。");
    }

    @Test
    void a_deadline_with_missing_or_negative_days_an_unknown_unit_or_a_bad_start_is_a_problem_naming_it() {
        Http.Api api = api("zd-inspector");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/deadline?start=2026-09-28&unit=WORKING_DAYS"), 400),
                "days")).containsExactly("缺少此参数。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/deadline?start=2026-09-28&days=-1&unit=WORKING_DAYS"),
                400), "days")).containsExactly("天数应为 0 至 3660 之间的整数。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/deadline?start=2026-09-28&days=seven&unit=WORKING_DAYS"),
                400), "days")).containsExactly("天数应为 0 至 3660 之间的整数。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/deadline?start=2026-09-28&days=7&unit=WEEKS"), 400),
                "unit")).containsExactly("计算方式无效，可选值：CALENDAR_DAYS, WORKING_DAYS。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/deadline?start=2026-09-31&days=7&unit=CALENDAR_DAYS"),
                400), "start")).containsExactly("日期无效，格式应为 YYYY-MM-DD，如 2026-10-01。");
        assertThat(errorsFor(problem(api.get("/api/v1/calendar/deadline?start=2026-09-28&days=7"), 400), "unit"))
                .containsExactly("缺少此参数。");
    }

    @Test
    void anyone_signed_in_may_read_the_calendar_and_nobody_else() {
        for (String user : List.of("zd-inspector", "sjz-supervisor", "admin", "tj-admin", "bh-inspector")) {
            assertThat(api(user).getJson("/api/v1/calendar/days?from=2026-10-01&to=2026-10-01").get(0)
                    .path("kind").asString()).as(user).isEqualTo("HOLIDAY");
        }
        expect(anonymous().get("/api/v1/calendar/days?from=2026-10-01&to=2026-10-01", "application/json"), 401);
        expect(anonymous().get("/api/v1/calendar/deadline?start=2026-09-28&days=7&unit=WORKING_DAYS",
                "application/json"), 401);
    }

    @Test
    void the_openapi_document_describes_both_calls_and_their_parameters() {
        JsonNode doc = anonymous().get("/v3/api-docs", "application/json").json();

        JsonNode days = doc.path("paths").path("/api/v1/calendar/days").path("get");
        JsonNode deadline = doc.path("paths").path("/api/v1/calendar/deadline").path("get");
        assertThat(days.path("parameters").findValuesAsString("name")).containsExactly("from", "to");
        assertThat(deadline.path("parameters").findValuesAsString("name")).containsExactly("start", "days", "unit");
        assertThat(deadline.path("summary").asString()).contains("民事诉讼法 第八十五条");
    }
}
