package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static cn.safety.enforcement.domain.calendar.DayKind.HOLIDAY;
import static cn.safety.enforcement.domain.calendar.OfficialArrangements.line;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnteringCalendarYearTest {

    private static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");
    private static final Location HEBEI = new Location("130000", null, "130000");
    private static final Location SHIJIAZHUANG = new Location("130100", "130100", "130000");
    private static final Actor PROVINCE_ADMIN = new Actor(1, "admin", 10, DivisionLevel.PROVINCE, HEBEI,
            Set.of(Role.ADMIN));
    private static final Actor CITY_ADMIN = new Actor(2, "sjz-admin", 20, DivisionLevel.CITY, SHIJIAZHUANG,
            Set.of(Role.ADMIN));
    private static final Actor PROVINCE_INSPECTOR = new Actor(3, "hb-inspector", 10, DivisionLevel.PROVINCE, HEBEI,
            Set.of(Role.INSPECTOR, Role.SUPERVISOR));

    private final OfficialArrangements.InMemoryYears years = OfficialArrangements.entered2025And2026();
    private final FakeDeadlineHolder holder = new FakeDeadlineHolder();
    private final Deadlines deadlines = new Deadlines(years);
    private final RecomputingProvisionalDeadlines recomputing =
            new RecomputingProvisionalDeadlines(List.of(holder), deadlines);
    private final List<Object> published = new ArrayList<>();
    private final EnteringCalendarYear entering = new EnteringCalendarYear(years,
            Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), event -> {
                published.add(event);
                // as Spring dispatches it: synchronously, to every listener, inside the entering transaction
                if (event instanceof CalendarYearChange e) {
                    recomputing.on(e);
                }
            });

    private static final List<DayArrangement> Y2027 = List.of(line(HOLIDAY, "元旦", "2027-01-01", "2027-01-01"),
            line(HOLIDAY, "春节", "2027-02-05", "2027-02-13"));

    /** A feature keeping deadlines, as later ones will: remembers each call and recounts its one deadline. */
    static final class FakeDeadlineHolder implements ProvisionalDeadlines {
        final List<Integer> years = new ArrayList<>();
        Deadline recomputed;

        @Override
        public int recomputeFor(int year, Deadlines deadlines) {
            years.add(year);
            recomputed = deadlines.of(LocalDate.of(2027, 1, 29), 5, PeriodUnit.WORKING_DAYS);
            return 1;
        }
    }

    @Test
    void a_province_admin_enters_a_year_and_the_deadline_hook_hears_of_it() {
        Deadline before = deadlines.of(LocalDate.of(2027, 1, 29), 5, PeriodUnit.WORKING_DAYS);
        assertThat(before.provisional()).isTrue();
        assertThat(before.dueOn()).isEqualTo(LocalDate.of(2027, 2, 5));

        CalendarYear y = entering.enter(PROVINCE_ADMIN, new CalendarEntry(2027, "国办发明电〔2026〕9号", Y2027, null));

        assertThat(y.getYear()).isEqualTo(2027);
        assertThat(years.findById(2027)).containsSame(y);
        assertThat(published).hasSize(1);
        CalendarYearEntered event = (CalendarYearEntered) published.get(0);
        assertThat(event.before()).isNull();
        assertThat(event.aggregateType()).isEqualTo("CalendarYear");
        assertThat(event.aggregateId()).isEqualTo(2027);
        assertThat(event.departmentId()).isEqualTo(10L);
        assertThat(event.after()).isEqualTo(new CalendarYearSnapshot(2027, "国办发明电〔2026〕9号",
                "元旦 2027-01-01; 春节 2027-02-05…2027-02-13", ""));
        assertThat(event.action()).isEqualTo("CalendarYearEntered");
        // the hook fired for 2027, and what it recounted is no longer provisional and skips the spring festival
        assertThat(holder.years).containsExactly(2027);
        assertThat(holder.recomputed.provisional()).isFalse();
        assertThat(holder.recomputed.dueOn()).isEqualTo(LocalDate.of(2027, 2, 15));
    }

    @Test
    void a_city_admin_and_a_province_supervisor_may_not_enter_a_year() {
        CalendarEntry entry = new CalendarEntry(2027, "国办发明电〔2026〕9号", Y2027, null);

        assertThatThrownBy(() -> entering.enter(CITY_ADMIN, entry)).isInstanceOf(OutOfJurisdiction.class)
                .extracting(e -> ((OutOfJurisdiction) e).messageCode()).isEqualTo("calendar.enter.provinceAdminOnly");
        assertThatThrownBy(() -> entering.enter(PROVINCE_INSPECTOR, entry)).isInstanceOf(OutOfJurisdiction.class);
        assertThat(years.findById(2027)).isEmpty();
        assertThat(published).isEmpty();
        assertThat(holder.years).isEmpty();
    }

    @Test
    void entering_a_year_already_entered_is_refused_unless_it_is_replaced_with_a_reason() {
        assertThat(problemsOf(() -> entering.enter(PROVINCE_ADMIN,
                new CalendarEntry(2026, "国办发明电〔2025〕7号", Y2027, null))))
                .containsExactly("year:calendar.year.alreadyEntered");
        assertThat(years.findById(2026).orElseThrow().holidayCount()).isEqualTo(33);
        assertThat(published).isEmpty();

        long version = years.findById(2026).orElseThrow().getVersion();
        List<DayArrangement> corrected = new ArrayList<>(OfficialArrangements.Y2026);
        corrected.set(0, line(HOLIDAY, "元旦", "2026-01-01", "2026-01-02"));
        CalendarYear y = entering.enter(PROVINCE_ADMIN, new CalendarEntry(2026, "国办发明电〔2025〕7号", corrected,
                new CalendarEntry.Replacement("元旦录入有误", version)));

        assertThat(y.holidayCount()).isEqualTo(32);
        assertThat(published).singleElement().isInstanceOfSatisfying(CalendarYearReplaced.class, e -> {
            assertThat(e.before().holidays()).startsWith("元旦 2026-01-01…2026-01-03;");
            assertThat(e.after().holidays()).startsWith("元旦 2026-01-01…2026-01-02;");
            assertThat(e.details()).containsEntry("reason", "元旦录入有误");
            assertThat(e.action()).isEqualTo("CalendarYearReplaced");
        });
        assertThat(holder.years).containsExactly(2026);
    }

    @Test
    void replacing_on_a_version_someone_changed_since_is_refused() {
        assertThatThrownBy(() -> entering.enter(PROVINCE_ADMIN, new CalendarEntry(2026, "国办发明电〔2025〕7号",
                OfficialArrangements.Y2026, new CalendarEntry.Replacement("重录", 99))))
                .isInstanceOf(StaleVersion.class);
        assertThat(published).isEmpty();
    }
}
