package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.account.EnforcementCertificate;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static cn.safety.enforcement.domain.inspection.InspectionFixture.NOW;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static cn.safety.enforcement.domain.testsupport.Violations.violationOf;
import static org.assertj.core.api.Assertions.assertThat;

class InspectionRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final RuleValue TWO = new RuleValue(CertifiedInspectors.MINIMUM, BigDecimal.valueOf(2),
            LocalDate.of(2021, 7, 15), "行政处罚法第四十二条");

    private final InspectionFixture x = new InspectionFixture();

    private static UserAccount account(String username, String name, long department, LocalDate from,
                                       LocalDate until) {
        return UserAccount.open(username, name, department, Set.of(from == null ? Role.SUPERVISOR : Role.INSPECTOR),
                from == null ? null : new EnforcementCertificate("冀执" + username.length(), from, until), "x",
                Instant.EPOCH);
    }

    private final Map<String, UserAccount> accounts = Map.of(
            "zd-li", account("zd-li", "李执法", 3, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31)),
            "zd-zhou", account("zd-zhou", "周执法", 3, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31)),
            "zd-gao", account("zd-gao", "高振华", 3, LocalDate.of(2021, 1, 1), LocalDate.of(2025, 12, 31)),
            "zd-none", account("zd-none", "无证", 3, null, null),
            "sjz-sun", account("sjz-sun", "孙执法", 2, LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31)));

    private List<InspectorOnDuty> check(String... usernames) {
        return CertifiedInspectors.check(Arrays.asList(usernames),
                u -> Optional.ofNullable(accounts.get(u.toLowerCase())), Set.of(3L), DAY, TWO);
    }

    // ---- inspectors (R12) ----

    @Test
    void two_inspectors_of_the_department_with_valid_certificates_inspect() {
        assertThat(check("zd-li", "zd-zhou")).extracting(InspectorOnDuty::getFullName).containsExactly("李执法", "周执法");
    }

    @Test
    void one_inspector_is_too_few() {
        assertThat(problemsOf(() -> check("zd-li"))).containsExactly("inspectors:inspection.inspectors.tooFew");
        assertThat(problemsOf(() -> check())).containsExactly("inspectors:inspection.inspectors.tooFew");
    }

    @Test
    void an_expired_certificate_is_refused_naming_the_person_and_the_dates() {
        var v = violationOf(() -> check("zd-li", "zd-gao"));
        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.messageCode()).isEqualTo("inspection.inspectors.certificateInvalid");
            assertThat(p.args()).contains("高振华（zd-gao）", "2025-12-31", "2026-06-01");
        });
    }

    @Test
    void no_certificate_another_department_an_unknown_account_and_a_duplicate_are_refused() {
        assertThat(problemsOf(() -> check("zd-li", "zd-none"))).containsExactly("inspectors:inspection.inspectors.noCertificate");
        var other = violationOf(() -> check("zd-li", "sjz-sun"));
        assertThat(other.problems().get(0).messageCode()).isEqualTo("inspection.inspectors.notOfDepartment");
        assertThat(other.problems().get(0).args()).containsExactly("sjz-sun");
        assertThat(problemsOf(() -> check("zd-li", "nobody"))).containsExactly(
                "inspectors:inspection.inspectors.notOfDepartment");
        assertThat(problemsOf(() -> check("zd-li", "ZD-LI"))).containsExactly("inspectors:inspection.inspectors.tooFew",
                "inspectors:inspection.inspectors.duplicate");
    }

    @Test
    void a_disabled_account_does_not_inspect() {
        accounts.get("zd-zhou").disable();
        assertThat(problemsOf(() -> check("zd-li", "zd-zhou"))).containsExactly("inspectors:inspection.inspectors.disabled");
    }

    // ---- experts ----

    @Test
    void experts_come_from_the_departments_own_pool_once_each_and_still_in_it() {
        Expert own = Reflect.withId(Expert.add(3, "王专家", "危化工艺", "省安科院", "zd-chief", NOW), 1L);
        Expert other = Reflect.withId(Expert.add(2, "赵专家", "电气", "市院", "sjz", NOW), 2L);
        Expert retired = Reflect.withId(Expert.add(3, "钱专家", "消防", "消防站", "zd-chief", NOW), 3L);
        retired.retire();
        Map<Long, Expert> found = Map.of(1L, own, 2L, other, 3L, retired);
        assertThat(PoolExperts.check(List.of(1L), found, 3)).extracting(ExpertOnDuty::getName)
                .containsExactly("王专家");
        assertThat(problemsOf(() -> PoolExperts.check(List.of(1L, 2L, 3L, 1L, 9L), found, 3))).containsExactly(
                "expertIds:inspection.experts.notOfPool", "expertIds:inspection.experts.retired",
                "expertIds:inspection.experts.duplicate", "expertIds:inspection.experts.notOfPool");
    }

    @Test
    void an_expert_needs_a_name_a_speciality_and_an_organisation() {
        assertThat(problemsOf(() -> Expert.add(3, " ", null, "", "a", NOW))).containsExactly(
                "name:expert.name.required", "speciality:expert.speciality.required",
                "organisation:expert.organisation.required");
    }

    // ---- who approves ----

    @Test
    void a_supervisor_who_is_not_an_inspector_of_it_approves() {
        Inspection i = x.inProgress(InspectionKind.SPECIAL);
        Actor chief = new Actor(9, "zd-chief", 3, null, x.f.zhengdingDept.getLocation(), Set.of(Role.SUPERVISOR));
        Actor inspector = new Actor(8, "zd-inspector", 3, null, x.f.zhengdingDept.getLocation(),
                Set.of(Role.INSPECTOR));
        Actor inspectingChief = new Actor(7, "ZD-INSPECTOR2", 3, null, x.f.zhengdingDept.getLocation(),
                Set.of(Role.INSPECTOR, Role.SUPERVISOR));
        Actor entrusted = new Actor(6, "zd-entrusted", 30, null, x.f.zhengdingDept.getLocation(),
                Set.of(Role.SUPERVISOR), true);
        assertThat(ApprovalPolicy.refusal(chief, i)).isEmpty();
        assertThat(ApprovalPolicy.refusal(inspector, i)).contains("inspection.approve.supervisorOnly");
        assertThat(ApprovalPolicy.refusal(inspectingChief, i)).contains("inspection.approve.notOwnInspection");
        assertThat(ApprovalPolicy.refusal(entrusted, i)).contains("inspection.approve.supervisorOnly");
    }

    // ---- 重复检查 ----

    @Test
    void the_repeat_alert_shows_at_or_above_the_cap_and_only_where_a_cap_is_set() {
        RuleValue three = new RuleValue("plan.inspection-cap", BigDecimal.valueOf(3), DAY, "省定上限");
        assertThat(RepeatInspectionAlert.check(2, Optional.of(three))).isEmpty();
        assertThat(RepeatInspectionAlert.check(3, Optional.of(three))).hasValueSatisfying(a -> {
            assertThat(a.count()).isEqualTo(3);
            assertThat(a.needsAcknowledgement(true)).isTrue();
            assertThat(a.needsAcknowledgement(false)).isFalse();
        });
        assertThat(RepeatInspectionAlert.check(7, Optional.empty())).isEmpty();
    }

    // ---- kinds and statuses ----

    @Test
    void each_plan_item_kind_has_its_inspection_kind_and_unannounced_fits_every_one() {
        assertThat(InspectionKind.FULL_COVERAGE.fits(PlanItemKind.KEY)).isTrue();
        assertThat(InspectionKind.RANDOM.fits(PlanItemKind.SPOT_CHECK)).isTrue();
        assertThat(InspectionKind.CROSS.fits(PlanItemKind.CROSS_CHECK)).isTrue();
        assertThat(InspectionKind.SPECIAL.fits(PlanItemKind.SUPERVISION)).isTrue();
        assertThat(InspectionKind.RANDOM.fits(PlanItemKind.KEY)).isFalse();
        assertThat(InspectionKind.FOLLOW_UP.fits(PlanItemKind.KEY)).isFalse();
        for (PlanItemKind k : PlanItemKind.values()) {
            assertThat(InspectionKind.UNANNOUNCED.fits(k)).isTrue();
            assertThat(InspectionKind.usualFor(k).fits(k)).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(InspectionStatus.class)
    void the_status_table_allows_only_its_transitions(InspectionStatus from) {
        for (InspectionStatus to : InspectionStatus.values()) {
            boolean allowed = switch (from) {
                case AWAITING_APPROVAL -> to == InspectionStatus.IN_PROGRESS || to == InspectionStatus.REFUSED;
                case IN_PROGRESS -> to == InspectionStatus.COMPLETED || to == InspectionStatus.REFUSED;
                case COMPLETED, REFUSED -> false;
            };
            assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(allowed);
        }
    }

    @Test
    void only_an_accident_is_urgent_by_its_trigger() {
        for (InspectionTrigger t : InspectionTrigger.values()) {
            assertThat(t.urgent()).isEqualTo(t == InspectionTrigger.ACCIDENT);
        }
    }
}
