package cn.safety.enforcement.persistence.calendar;

import cn.safety.enforcement.domain.calendar.CalendarDay;
import cn.safety.enforcement.domain.calendar.CalendarYear;
import cn.safety.enforcement.domain.calendar.CalendarYearSummary;
import cn.safety.enforcement.domain.calendar.CalendarYears;
import cn.safety.enforcement.domain.calendar.DayArrangement;
import cn.safety.enforcement.domain.calendar.DayKind;
import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.persistence.PersistenceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CalendarYearRepositoryIT extends PersistenceIT {

    @Autowired
    CalendarYears years;

    @Autowired
    Deadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void the_migration_enters_2024_to_2026_with_the_document_number_of_each_notice() {
        List<CalendarYearSummary> entered = years.summaries().stream().filter(s -> s.year() <= 2026).toList();

        assertThat(entered).extracting(CalendarYearSummary::year).containsExactly(2026, 2025, 2024);
        assertThat(entered).extracting(CalendarYearSummary::notice)
                .containsExactly("国办发明电〔2025〕7号", "国办发明电〔2024〕12号", "国办发明电〔2023〕7号");
        // 2025 onward: 春节 and 劳动节 one day longer (国务院令第795号)
        assertThat(entered).extracting(CalendarYearSummary::holidays).containsExactly(33L, 28L, 28L);
        assertThat(entered).extracting(CalendarYearSummary::makeupWorkdays).containsExactly(6L, 5L, 8L);
        assertThat(entered).extracting(CalendarYearSummary::enteredBy).containsOnly("system");
    }

    @Test
    void a_year_is_read_back_with_its_days_and_names() {
        CalendarYear y2025 = years.findById(2025).orElseThrow();

        assertThat(y2025.getNoticeTitle()).isEqualTo("国务院办公厅关于2025年部分节假日安排的通知");
        assertThat(y2025.arrangedDays().get(LocalDate.of(2025, 10, 6)))
                .isEqualTo(new CalendarDay(LocalDate.of(2025, 10, 6), DayKind.HOLIDAY, "国庆节、中秋节"));
        assertThat(y2025.arrangedDays().get(LocalDate.of(2025, 2, 8)))
                .isEqualTo(new CalendarDay(LocalDate.of(2025, 2, 8), DayKind.MAKEUP_WORKDAY, "春节"));
        assertThat(deadlines.of(LocalDate.of(2026, 9, 28), 7, PeriodUnit.WORKING_DAYS).dueOn())
                .isEqualTo(LocalDate.of(2026, 10, 13));
    }

    @Test
    void a_year_entered_and_replaced_keeps_only_the_new_days_and_counts_its_versions() {
        int year = 2091;
        tx.executeWithoutResult(s -> years.save(CalendarYear.enter(year, "测试通知1号", List.of(
                new DayArrangement(DayKind.HOLIDAY, "元旦", LocalDate.of(year, 1, 1), LocalDate.of(year, 1, 3))),
                "admin", Instant.now())));
        long entered = years.findById(year).orElseThrow().getVersion();
        tx.executeWithoutResult(s -> {
            CalendarYear y = years.findById(year).orElseThrow();
            y.replace("测试通知2号", List.of(new DayArrangement(DayKind.HOLIDAY, "元旦", LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 1, 1))), "录入有误", "admin", null, Instant.now());
            years.save(y);
        });

        CalendarYear y = years.findById(year).orElseThrow();
        assertThat(y.holidayCount()).isEqualTo(1);
        assertThat(y.getVersion()).isGreaterThan(entered);
        assertThat(y.getReplacedReason()).isEqualTo("录入有误");
        assertThat(jdbc.sql("SELECT count(*) FROM calendar_day WHERE year = ?").param(year).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_make_up_working_day_on_a_weekday_and_a_day_of_another_year() {
        jdbc.sql("INSERT INTO calendar_year (year, notice, notice_title, entered_at, entered_by)"
                + " VALUES (2092, 'x', 'x', now(), 'test')").update();

        assertThatThrownBy(() -> jdbc.sql("INSERT INTO calendar_day (day, year, kind, name)"
                + " VALUES (DATE '2092-03-05', 2092, 'MAKEUP_WORKDAY', 'x')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("INSERT INTO calendar_day (day, year, kind, name)"
                + " VALUES (DATE '2093-01-01', 2092, 'HOLIDAY', '元旦')").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
