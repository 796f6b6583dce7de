package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EnterpriseTest {

    private static final Instant REGISTERED = Instant.parse("2026-03-02T01:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-01T02:30:00Z");
    private static final CreditCode CODE = CreditCode.parse(withCheck("91130123MA0000001"));

    private final Fixture f = new Fixture();

    private static EnterpriseProfile profile() {
        return EnterpriseProfile.basic("正定恒泰化工有限公司", "正定县新城铺镇工业街8号", Sector.HAZARDOUS_CHEMICALS, 120,
                RiskGrade.ORANGE);
    }

    private Enterprise registeredByZhengding() {
        return Enterprise.register(CODE, profile(), f.zhengding, f.zhengdingDept, "zhangsan", REGISTERED);
    }

    private Enterprise registeredByShijiazhuang() {
        return Enterprise.register(CODE, profile(), f.zhengding, f.shijiazhuangDept, "lisi", REGISTERED);
    }

    @Test
    void register_assigns_the_enterprise_to_the_registering_department() {
        Enterprise e = registeredByZhengding();

        assertThat(e.getDepartmentId()).isEqualTo(3L);
        assertThat(e.assignedDepartmentId()).isEqualTo(3L);
        assertThat(e.getCreditCode()).isEqualTo(CODE.value());
        assertThat(e.getLocation().divisionCode()).isEqualTo("130123");
        assertThat(e.getCreatedAt()).isEqualTo(REGISTERED);
        assertThat(e.getUpdatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void register_records_an_initial_assignment() {
        Enterprise e = registeredByZhengding();

        assertThat(e.getAssignments()).singleElement().satisfies(a -> {
            assertThat(a.getKind()).isEqualTo(AssignmentKind.INITIAL);
            assertThat(a.getFromDepartmentId()).isNull();
            assertThat(a.getToDepartmentId()).isEqualTo(3L);
            assertThat(a.getReason()).isNull();
            assertThat(a.getAssignedBy()).isEqualTo("zhangsan");
            assertThat(a.getAssignedAt()).isEqualTo(REGISTERED);
        });
    }

    @Test
    void a_city_department_may_register_an_enterprise_in_one_of_its_counties() {
        Enterprise e = registeredByShijiazhuang();

        assertThat(e.getDepartmentId()).isEqualTo(2L);
        assertThat(e.getLocation().divisionCode()).isEqualTo("130123");
    }

    @Test
    void a_location_in_a_sibling_county_is_refused_on_the_division_field() {
        assertThat(problemsOf(() -> Enterprise.register(CODE, profile(), f.luancheng, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("divisionCode:jurisdiction.location.outside");
    }

    @Test
    void a_location_above_the_department_is_refused_on_the_division_field() {
        assertThat(problemsOf(() -> Enterprise.register(CODE, profile(), f.shijiazhuang, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("divisionCode:jurisdiction.location.outside");
    }

    @Test
    void a_location_in_another_province_is_refused_on_the_division_field() {
        assertThat(problemsOf(() -> Enterprise.register(CODE, profile(), f.binhai, f.shijiazhuangDept, "lisi",
                REGISTERED))).containsExactly("divisionCode:jurisdiction.location.outside");
    }

    @Test
    void a_retired_division_is_refused() {
        f.zhengding.retire(LocalDate.of(2026, 1, 1), "撤县设区");

        assertThat(problemsOf(this::registeredByZhengding)).containsExactly("divisionCode:enterprise.division.retired");
    }

    @Test
    void a_missing_division_is_refused() {
        assertThat(problemsOf(() -> Enterprise.register(CODE, profile(), null, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("divisionCode:enterprise.division.unknown");
    }

    @Test
    void a_missing_profile_is_refused_as_a_whole() {
        assertThat(problemsOf(() -> Enterprise.register(CODE, null, f.zhengding, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("null:enterprise.profile.required");
    }

    @Test
    void every_missing_required_field_gives_one_problem_for_that_field() {
        EnterpriseProfile empty = EnterpriseProfile.basic(null, "   ", null, null, null);

        assertThat(problemsOf(() -> Enterprise.register(CODE, empty, f.zhengding, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactlyInAnyOrder(
                "name:enterprise.name.required",
                "address:enterprise.address.required",
                "sector:enterprise.sector.required",
                "riskGrade:enterprise.riskGrade.required",
                "employees:enterprise.employees.required");
    }

    @Test
    void field_problems_and_a_location_problem_are_reported_together() {
        EnterpriseProfile noName = EnterpriseProfile.basic(" ", "地址", Sector.OTHER, 3, RiskGrade.BLUE);

        assertThat(problemsOf(() -> Enterprise.register(CODE, noName, f.luancheng, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactlyInAnyOrder(
                "name:enterprise.name.required",
                "divisionCode:jurisdiction.location.outside");
    }

    @Test
    void control_characters_in_a_text_are_refused_on_that_field() {
        EnterpriseProfile p = EnterpriseProfile.basic("某\u0000公司", "某地址", Sector.OTHER, 5, RiskGrade.BLUE);
        assertThat(problemsOf(() -> Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "u", REGISTERED)))
                .containsExactly("name:field.controlCharacters");
    }

    @Test
    void an_enterprise_in_a_division_retired_since_can_still_be_revised_but_not_moved_into_one() {
        Enterprise e = Enterprise.register(CODE, EnterpriseProfile.basic("甲公司", "某地址", Sector.OTHER, 5,
                RiskGrade.BLUE), f.zhengding, f.zhengdingDept, "u", REGISTERED);
        Enterprise city = Enterprise.register(CODE, EnterpriseProfile.basic("乙公司", "某地址", Sector.OTHER, 5,
                RiskGrade.BLUE), f.zhengding, f.shijiazhuangDept, "u", REGISTERED);
        f.zhengding.retire(java.time.LocalDate.of(2026, 6, 1), "撤县设区");
        f.luancheng.retire(java.time.LocalDate.of(2026, 6, 1), "撤县设区");

        e.revise(EnterpriseProfile.basic("甲公司（更名）", "某地址", Sector.OTHER, 6, RiskGrade.BLUE), f.zhengding,
                f.zhengdingDept, LATER);
        assertThat(e.getName()).isEqualTo("甲公司（更名）");
        assertThat(problemsOf(() -> city.revise(EnterpriseProfile.basic("乙公司", "某地址", Sector.OTHER, 5,
                RiskGrade.BLUE), f.luancheng, f.shijiazhuangDept, LATER)))
                .containsExactly("divisionCode:enterprise.division.retired");
    }

    @Test
    void negative_employees_are_refused() {
        EnterpriseProfile p = EnterpriseProfile.basic("某公司", "某地址", Sector.OTHER, -1, RiskGrade.BLUE);

        assertThat(problemsOf(() -> Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("employees:enterprise.count.range");
    }

    @Test
    void an_enterprise_without_employees_is_accepted() {
        EnterpriseProfile p = EnterpriseProfile.basic("某公司", "某地址", Sector.OTHER, 0, RiskGrade.BLUE);

        assertThat(Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "zhangsan", REGISTERED).getEmployees())
                .isZero();
    }

    @Test
    void more_employees_than_the_maximum_are_refused() {
        EnterpriseProfile p = EnterpriseProfile.basic("某公司", "某地址", Sector.OTHER, Enterprise.MAX_EMPLOYEES + 1,
                RiskGrade.BLUE);

        assertThat(problemsOf(() -> Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("employees:enterprise.count.range");
    }

    @Test
    void negative_staff_and_hazard_counts_are_refused_each_on_its_field() {
        EnterpriseProfile p = new EnterpriseProfile("某公司", "某地址", Sector.OTHER, 10, null, null, null, false, -1, -2,
                null, RiskGrade.BLUE, -3, null);

        assertThat(problemsOf(() -> Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactlyInAnyOrder(
                "fullTimeSafetyStaff:enterprise.count.range",
                "partTimeSafetyStaff:enterprise.count.range",
                "majorHazardSources:enterprise.count.range");
    }

    @Test
    void a_name_longer_than_200_characters_is_too_long() {
        EnterpriseProfile p = EnterpriseProfile.basic("名".repeat(201), "某地址", Sector.OTHER, 1, RiskGrade.BLUE);

        assertThat(problemsOf(() -> Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "zhangsan",
                REGISTERED))).containsExactly("name:field.tooLong");
    }

    @Test
    void texts_are_stripped_and_omitted_values_take_their_defaults() {
        EnterpriseProfile p = new EnterpriseProfile("  某公司 ", " 某地址 ", Sector.OTHER, 10, null, "  ", null, false,
                null, null, null, RiskGrade.BLUE, null, null);

        Enterprise e = Enterprise.register(CODE, p, f.zhengding, f.zhengdingDept, "zhangsan", REGISTERED);

        assertThat(e.getName()).isEqualTo("某公司");
        assertThat(e.getAddress()).isEqualTo("某地址");
        assertThat(e.getLegalRepresentative()).isNull();
        assertThat(e.getFullTimeSafetyStaff()).isZero();
        assertThat(e.getPartTimeSafetyStaff()).isZero();
        assertThat(e.getMajorHazardSources()).isZero();
        assertThat(e.getStandardizationGrade()).isEqualTo(StandardizationGrade.NONE);
        assertThat(e.getStatus()).isEqualTo(OperatingStatus.OPERATING);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   "})
    void reassign_needs_a_reason(String reason) {
        Enterprise e = registeredByShijiazhuang();

        assertThat(problemsOf(() -> e.reassign(f.zhengdingDept, reason, "admin", LATER)))
                .containsExactly("reason:enterprise.assignment.reason.required");
        assertThat(e.getDepartmentId()).isEqualTo(2L);
        assertThat(e.getAssignments()).hasSize(1);
    }

    @Test
    void a_reason_longer_than_500_characters_is_refused() {
        Enterprise e = registeredByShijiazhuang();

        assertThat(problemsOf(() -> e.reassign(f.zhengdingDept, "因".repeat(501), "admin", LATER)))
                .containsExactly("reason:enterprise.assignment.reason.tooLong");
        e.reassign(f.zhengdingDept, "因".repeat(500), "admin", LATER);
        assertThat(e.getDepartmentId()).isEqualTo(3L);
    }

    @Test
    void reassign_refuses_the_department_it_is_already_assigned_to() {
        Enterprise e = registeredByZhengding();

        assertThat(problemsOf(() -> e.reassign(f.zhengdingDept, "属地管理", "admin", LATER)))
                .containsExactly("departmentId:enterprise.assignment.sameDepartment");
        assertThat(e.getAssignments()).hasSize(1);
    }

    @Test
    void reassign_refuses_a_department_whose_division_does_not_contain_the_enterprise() {
        Enterprise e = registeredByZhengding();

        assertThat(problemsOf(() -> e.reassign(f.luanchengDept, "属地管理", "admin", LATER)))
                .containsExactly("departmentId:jurisdiction.reassign.targetMustContain");
        assertThat(problemsOf(() -> e.reassign(f.tianjinDept, "属地管理", "admin", LATER)))
                .containsExactly("departmentId:jurisdiction.reassign.targetMustContain");
        assertThat(e.getDepartmentId()).isEqualTo(3L);
        assertThat(e.getUpdatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void reassign_moves_the_enterprise_and_records_from_and_to() {
        Enterprise e = registeredByShijiazhuang();

        e.reassign(f.zhengdingDept, "  按属地原则下放正定县  ", "admin", LATER);

        assertThat(e.getDepartmentId()).isEqualTo(3L);
        assertThat(e.getUpdatedAt()).isEqualTo(LATER);
        assertThat(e.getCreatedAt()).isEqualTo(REGISTERED);
        assertThat(e.getAssignments()).extracting(EnterpriseAssignment::getKind)
                .containsExactlyInAnyOrder(AssignmentKind.INITIAL, AssignmentKind.REASSIGNED);
        assertThat(e.getAssignments()).filteredOn(a -> a.getKind() == AssignmentKind.REASSIGNED).singleElement()
                .satisfies(a -> {
                    assertThat(a.getFromDepartmentId()).isEqualTo(2L);
                    assertThat(a.getToDepartmentId()).isEqualTo(3L);
                    assertThat(a.getReason()).isEqualTo("按属地原则下放正定县");
                    assertThat(a.getAssignedBy()).isEqualTo("admin");
                    assertThat(a.getAssignedAt()).isEqualTo(LATER);
                });
    }

    @Test
    void take_over_moves_the_enterprise_up_and_records_taken_over() {
        Enterprise e = registeredByZhengding();

        e.takeOver(f.shijiazhuangDept, "重大事故隐患，提级管辖", "chief", LATER);

        assertThat(e.getDepartmentId()).isEqualTo(2L);
        assertThat(e.getAssignments()).filteredOn(a -> a.getKind() == AssignmentKind.TAKEN_OVER).singleElement()
                .satisfies(a -> {
                    assertThat(a.getFromDepartmentId()).isEqualTo(3L);
                    assertThat(a.getToDepartmentId()).isEqualTo(2L);
                    assertThat(a.getReason()).isEqualTo("重大事故隐患，提级管辖");
                    assertThat(a.getAssignedBy()).isEqualTo("chief");
                });
        assertThat(e.getAssignments()).hasSize(2);
    }

    @Test
    void take_over_needs_a_reason_too() {
        Enterprise e = registeredByZhengding();

        assertThat(problemsOf(() -> e.takeOver(f.shijiazhuangDept, " ", "chief", LATER)))
                .containsExactly("reason:enterprise.assignment.reason.required");
        assertThat(e.getDepartmentId()).isEqualTo(3L);
    }

    @Test
    void revise_changes_the_profile_and_the_update_time_only() {
        Enterprise e = registeredByShijiazhuang();
        EnterpriseProfile changed = EnterpriseProfile.basic("正定恒泰新材料有限公司", "正定县新城铺镇工业街9号",
                Sector.INDUSTRY_TRADE, 80, RiskGrade.YELLOW);

        e.revise(changed, f.luancheng, f.shijiazhuangDept, LATER);

        assertThat(e.getName()).isEqualTo("正定恒泰新材料有限公司");
        assertThat(e.getSector()).isEqualTo(Sector.INDUSTRY_TRADE);
        assertThat(e.getLocation().divisionCode()).isEqualTo("130124");
        assertThat(e.getUpdatedAt()).isEqualTo(LATER);
        assertThat(e.getCreatedAt()).isEqualTo(REGISTERED);
        assertThat(e.getDepartmentId()).isEqualTo(2L);
        assertThat(e.getAssignments()).hasSize(1);
    }

    @Test
    void revise_to_a_location_outside_the_department_is_refused_and_changes_nothing() {
        Enterprise e = registeredByZhengding();

        assertThat(problemsOf(() -> e.revise(profile(), f.luancheng, f.zhengdingDept, LATER)))
                .containsExactly("divisionCode:jurisdiction.location.outside");
        assertThat(e.getLocation().divisionCode()).isEqualTo("130123");
        assertThat(e.getUpdatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void revise_through_another_department_is_a_programming_error() {
        Enterprise e = registeredByZhengding();

        assertThatThrownBy(() -> e.revise(profile(), f.zhengding, f.shijiazhuangDept, LATER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(e.getUpdatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void the_profile_reads_back_what_was_registered() {
        assertThat(registeredByZhengding().profile()).isEqualTo(profile());
    }

    private static String withCheck(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }
}
