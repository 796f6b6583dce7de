package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static cn.safety.enforcement.domain.testsupport.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

class DivisionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private final Division hebei = Division.establish("130000", "河北省", null);
    private final Division shijiazhuang = Division.establish("130100", "石家庄市", hebei);
    private final Division zhengding = Division.establish("130123", "正定县", shijiazhuang);
    private final Division tianjin = Division.establish("120000", "天津市", null);

    @Test
    void a_province_has_no_parent_and_is_its_own_province() {
        assertThat(hebei.getLevel()).isEqualTo(DivisionLevel.PROVINCE);
        assertThat(hebei.getParentCode()).isNull();
        assertThat(hebei.getProvinceCode()).isEqualTo("130000");
        assertThat(hebei.getCityCode()).isNull();
        assertThat(hebei.isRetired()).isFalse();
    }

    @Test
    void a_code_ending_in_00_under_a_province_is_a_city() {
        assertThat(shijiazhuang.getLevel()).isEqualTo(DivisionLevel.CITY);
        assertThat(shijiazhuang.getParentCode()).isEqualTo("130000");
        assertThat(shijiazhuang.getProvinceCode()).isEqualTo("130000");
        assertThat(shijiazhuang.getCityCode()).isEqualTo("130100");
    }

    @Test
    void a_division_under_a_city_is_a_county_of_that_city() {
        assertThat(zhengding.getLevel()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(zhengding.getParentCode()).isEqualTo("130100");
        assertThat(zhengding.getCityCode()).isEqualTo("130100");
        assertThat(zhengding.getProvinceCode()).isEqualTo("130000");
    }

    @Test
    void a_municipality_district_is_a_county_without_a_city() {
        Division binhai = Division.establish("120116", "滨海新区", tianjin);

        assertThat(binhai.getLevel()).isEqualTo(DivisionLevel.COUNTY);
        assertThat(binhai.getCityCode()).isNull();
        assertThat(binhai.getProvinceCode()).isEqualTo("120000");
        assertThat(tianjin.location().contains(binhai.location())).isTrue();
        assertThat(hebei.location().contains(binhai.location())).isFalse();
    }

    @Test
    void the_location_of_an_established_division_places_it_in_the_tree() {
        assertThat(hebei.location().strictlyContains(zhengding.location())).isTrue();
        assertThat(shijiazhuang.location().strictlyContains(zhengding.location())).isTrue();
        assertThat(zhengding.location().contains(shijiazhuang.location())).isFalse();
        assertThat(zhengding.location().divisionCode()).isEqualTo("130123");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"13012", "1301230", "13O123", " 130123", "一三〇一二三"})
    void a_code_must_be_six_digits(String code) {
        assertThat(problemsOf(() -> Division.establish(code, "某县", shijiazhuang)))
                .containsExactly("code:division.code.format");
    }

    @Test
    void a_province_code_must_end_in_0000() {
        assertThat(problemsOf(() -> Division.establish("130100", "河北省", null)))
                .containsExactly("code:division.code.province");
    }

    @Test
    void a_city_must_share_the_two_digit_prefix_of_its_province() {
        RuleViolation v = violationOf(() -> Division.establish("140100", "太原市", hebei));

        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("code");
            assertThat(p.messageCode()).isEqualTo("division.code.prefix");
            assertThat(p.args()).containsExactly("13");
        });
    }

    @Test
    void a_county_must_share_the_two_digit_prefix_of_its_province() {
        assertThat(problemsOf(() -> Division.establish("140123", "某县", shijiazhuang)))
                .containsExactly("code:division.code.prefix");
    }

    @Test
    void a_county_under_a_city_must_carry_the_four_digit_prefix_of_that_city() {
        Division hebei = Division.establish("130000", "河北省", null);
        Division shijiazhuang = Division.establish("130100", "石家庄市", hebei);

        assertThatThrownBy(() -> Division.establish("130223", "丰南区", shijiazhuang))
                .isInstanceOf(RuleViolation.class).hasMessage("division.code.prefix");
        assertThatThrownBy(() -> Division.establish("130200", "唐山市", shijiazhuang))
                .isInstanceOf(RuleViolation.class).hasMessage("division.code.prefix");
        assertThat(Division.establish("130199", "新区", shijiazhuang).getLevel()).isEqualTo(DivisionLevel.COUNTY);
    }

    @Test
    void nothing_can_be_added_under_a_county() {
        assertThat(problemsOf(() -> Division.establish("130124", "栾城县", zhengding)))
                .containsExactly("parentCode:division.parent.county");
    }

    @Test
    void nothing_can_be_added_under_a_retired_parent() {
        shijiazhuang.retire(DAY, "撤县设区");

        assertThat(problemsOf(() -> Division.establish("130124", "栾城县", shijiazhuang)))
                .containsExactly("parentCode:division.parent.retired");
    }

    @Test
    void a_reinstated_parent_takes_children_again() {
        shijiazhuang.retire(DAY, "撤县设区");
        shijiazhuang.reinstate();

        assertThat(Division.establish("130124", "栾城县", shijiazhuang).getParentCode()).isEqualTo("130100");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void a_name_is_required_to_establish(String name) {
        assertThat(problemsOf(() -> Division.establish("130124", name, shijiazhuang)))
                .containsExactly("name:division.name.required");
    }

    @Test
    void a_name_is_stripped_and_may_have_64_characters_but_not_65() {
        assertThat(Division.establish("130124", "  栾城县 ", shijiazhuang).getName()).isEqualTo("栾城县");
        assertThat(Division.establish("130124", "名".repeat(64), shijiazhuang).getName()).hasSize(64);
        assertThat(problemsOf(() -> Division.establish("130124", "名".repeat(65), shijiazhuang)))
                .containsExactly("name:division.name.tooLong");
    }

    @Test
    void rename_takes_the_stripped_new_name() {
        zhengding.rename(" 正定县（新） ");

        assertThat(zhengding.getName()).isEqualTo("正定县（新）");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void rename_to_a_blank_name_is_refused_and_keeps_the_old_name(String blank) {
        assertThat(problemsOf(() -> zhengding.rename(blank))).containsExactly("name:division.name.required");
        assertThat(zhengding.getName()).isEqualTo("正定县");
    }

    @Test
    void retire_records_the_day() {
        zhengding.retire(DAY, "撤县设区");

        assertThat(zhengding.isRetired()).isTrue();
        assertThat(zhengding.getRetiredOn()).isEqualTo(DAY);
    }

    @Test
    void retiring_twice_is_refused_and_keeps_the_first_day() {
        zhengding.retire(DAY, "撤县设区");

        assertThat(problemsOf(() -> zhengding.retire(DAY.plusDays(1), "撤销"))).containsExactly("null:division.alreadyRetired");
        assertThat(zhengding.getRetiredOn()).isEqualTo(DAY);
    }

    @Test
    void a_reinstated_division_can_be_retired_again() {
        zhengding.retire(DAY, "撤县设区");
        zhengding.reinstate();
        assertThat(zhengding.isRetired()).isFalse();

        zhengding.retire(DAY.plusYears(1), "撤销");
        assertThat(zhengding.getRetiredOn()).isEqualTo(DAY.plusYears(1));
    }

    @Test
    void retiring_takes_a_reason_and_reinstating_clears_it() {
        assertThat(problemsOf(() -> zhengding.retire(DAY, "  "))).containsExactly("reason:division.retire.reasonRequired");
        assertThat(zhengding.isRetired()).isFalse();
        zhengding.retire(DAY, " 国务院批复撤县设区 ");
        assertThat(zhengding.getRetiredReason()).isEqualTo("国务院批复撤县设区");
        zhengding.reinstate();
        assertThat(zhengding.getRetiredReason()).isNull();
    }

    @Test
    void the_snapshot_shows_code_name_level_parent_and_retirement() {
        zhengding.retire(DAY, "撤县设区");

        assertThat(zhengding.snapshot().fields()).containsExactly(
                entry("code", "130123"),
                entry("name", "正定县"),
                entry("level", "COUNTY"),
                entry("parentCode", "130100"),
                entry("retiredOn", "2026-03-02"),
                entry("retiredReason", "撤县设区"));
    }
}
