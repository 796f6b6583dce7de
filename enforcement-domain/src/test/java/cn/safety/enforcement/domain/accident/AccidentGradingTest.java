package cn.safety.enforcement.domain.accident;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** 条例 第三条: every threshold at, just below and above it; "以上" includes the number, "以下" does not. */
class AccidentGradingTest {

    private final AccidentGrading grading = Regulation493.grading();

    @ParameterizedTest(name = "{0} deaths: {1}")
    @CsvSource({"0, GENERAL", "1, GENERAL", "2, GENERAL", "3, LARGER", "9, LARGER", "10, MAJOR", "29, MAJOR",
            "30, ESPECIALLY_MAJOR", "31, ESPECIALLY_MAJOR"})
    void deaths_grade_at_each_threshold_inclusive(int deaths, AccidentGrade grade) {
        assertThat(grading.grade(deaths, 0, BigDecimal.ZERO).grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} serious injuries: {1}")
    @CsvSource({"9, GENERAL", "10, LARGER", "49, LARGER", "50, MAJOR", "99, MAJOR", "100, ESPECIALLY_MAJOR"})
    void serious_injuries_grade_at_each_threshold_inclusive(int injuries, AccidentGrade grade) {
        assertThat(grading.grade(0, injuries, BigDecimal.ZERO).grade()).isEqualTo(grade);
    }

    @ParameterizedTest(name = "{0} 万元: {1}")
    @CsvSource({"999.9999, GENERAL", "1000, LARGER", "1000.00, LARGER", "4999.9999, LARGER", "5000, MAJOR",
            "9999.9999, MAJOR", "10000, ESPECIALLY_MAJOR", "25000, ESPECIALLY_MAJOR"})
    void direct_loss_grades_at_each_threshold_inclusive(String loss, AccidentGrade grade) {
        assertThat(grading.grade(0, 0, new BigDecimal(loss)).grade()).isEqualTo(grade);
    }

    @Test
    void the_highest_grade_any_measure_reaches_wins() {
        // 2 deaths alone is 一般, 12 serious injuries alone 较大, 5000万 alone 重大
        AccidentGrading.Result r = grading.grade(2, 12, new BigDecimal("5000"));
        assertThat(r.grade()).isEqualTo(AccidentGrade.MAJOR);
        assertThat(r.decidedBy().key()).isEqualTo("accident-grade.major.direct-loss");
        AccidentGrading.Result byDeaths = grading.grade(3, 0, new BigDecimal("10"));
        assertThat(byDeaths.grade()).isEqualTo(AccidentGrade.LARGER);
        assertThat(byDeaths.decidedBy().key()).isEqualTo("accident-grade.larger.deaths");
        assertThat(grading.grade(30, 0, BigDecimal.ZERO).decidedBy().value()).isEqualByComparingTo("30");
    }

    @Test
    void a_general_accident_names_no_threshold_and_every_result_cites_the_rule_set() {
        AccidentGrading.Result r = grading.grade(0, 0, BigDecimal.ONE);
        assertThat(r.grade()).isEqualTo(AccidentGrade.GENERAL);
        assertThat(r.decidedBy()).isNull();
        assertThat(r.ruleSet()).isEqualTo("accident-grade@2007-06-01");
    }

    @Test
    void investigating_and_supervising_levels_follow_article_19_and_000_six() {
        assertThat(grading.grade(1, 0, BigDecimal.ZERO).investigatingLevel()).isEqualTo(GovernmentLevel.COUNTY);
        assertThat(grading.grade(1, 0, BigDecimal.ZERO).supervisingLevel()).isEqualTo(GovernmentLevel.CITY);
        assertThat(grading.grade(3, 0, BigDecimal.ZERO).investigatingLevel()).isEqualTo(GovernmentLevel.CITY);
        assertThat(grading.grade(3, 0, BigDecimal.ZERO).supervisingLevel()).isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(grading.grade(10, 0, BigDecimal.ZERO).investigatingLevel()).isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(grading.grade(10, 0, BigDecimal.ZERO).supervisingLevel())
                .isEqualTo(GovernmentLevel.STATE_COUNCIL);
        assertThat(grading.grade(30, 0, BigDecimal.ZERO).investigatingLevel())
                .isEqualTo(GovernmentLevel.STATE_COUNCIL);
        assertThat(grading.grade(30, 0, BigDecimal.ZERO).supervisingLevel()).isNull();
    }

    @Test
    void no_grading_before_the_regulation_was_in_force() {
        assertThat(AccidentGrading.inForce(new Regulation493(), "130000", LocalDate.of(2007, 5, 31))).isEmpty();
        assertThat(AccidentGrading.inForce(new Regulation493(), "130000", LocalDate.of(2007, 6, 1))).isPresent();
    }
}
