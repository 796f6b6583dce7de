package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanTest {

    private static final Instant NOW = Instant.parse("2026-12-02T01:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final RuleValue TIANJIN = new RuleValue(PlanParameters.APPROVAL_DEADLINE, BigDecimal.valueOf(131),
            LocalDate.of(2015, 1, 1), "003§(九)");

    private final Fixture f = new Fixture();

    private Plan draft() {
        return Reflect.withId(Plan.drawUp(f.zhengdingDept, 2027, Optional.empty(), NOW), 10L);
    }

    private Plan approved() {
        Plan p = draft();
        p.submit();
        p.approve("正定县人民政府", "正政字〔2026〕1号", TODAY, TODAY, null);
        return p;
    }

    @Test
    void a_plan_is_drawn_up_as_the_first_draft_of_its_department_and_year() {
        Plan p = draft();
        assertThat(p.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(p.getRevision()).isEqualTo(1);
        assertThat(p.assignedDepartmentId()).isEqualTo(3);
        assertThat(p.location()).isEqualTo(f.zhengdingDept.getLocation());
        assertThat(p.getYear()).isEqualTo(2027);
    }

    @Test
    void a_year_out_of_range_is_refused_on_the_year() {
        assertThatThrownBy(() -> Plan.drawUp(f.zhengdingDept, 1999, Optional.empty(), NOW))
                .isInstanceOf(RuleViolation.class).hasMessage("plan.year.invalid");
    }

    @Test
    void a_draft_is_submitted_then_approved_with_body_number_and_date() {
        Plan p = draft();
        PlanSubmitted s = p.submit();
        assertThat(s.before().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(s.after().status()).isEqualTo(PlanStatus.SUBMITTED);
        PlanApproved a = p.approve("正定县人民政府", "正政字〔2026〕1号", TODAY, TODAY, null);
        assertThat(a.after().status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(a.after().documentNumber()).isEqualTo("正政字〔2026〕1号");
        assertThat(p.getApprovedBy()).isEqualTo("正定县人民政府");
        assertThat(p.getApprovedOn()).isEqualTo(TODAY);
    }

    @Test
    void a_submitted_plan_goes_back_to_draft_with_the_reason() {
        Plan p = draft();
        p.submit();
        PlanReturned r = p.sendBack("重点企业名单不全");
        assertThat(r.after().status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(r.after().returnReason()).isEqualTo("重点企业名单不全");
    }

    @Test
    void sending_back_needs_a_reason() {
        Plan p = draft();
        p.submit();
        assertThatThrownBy(() -> p.sendBack("  ")).isInstanceOf(RuleViolation.class)
                .hasMessage("plan.returnReason.required");
        assertThat(p.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void approval_needs_body_number_and_a_date_not_in_the_future() {
        Plan p = draft();
        p.submit();
        assertThatThrownBy(() -> p.approve("", null, TODAY.plusDays(1), TODAY, null))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(RuleViolation.Problem::field)
                        .containsExactly("approvedBy", "documentNumber", "approvedOn"));
        assertThat(p.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void a_draft_cannot_be_approved_and_the_refusal_names_the_current_status() {
        Plan p = draft();
        assertThatThrownBy(() -> p.approve("正定县人民政府", "1号", TODAY, TODAY, null))
                .isInstanceOfSatisfying(Conflict.class, c -> {
                    assertThat(c.problems().get(0).messageCode()).isEqualTo("plan.step.refused");
                    assertThat(c.problems().get(0).args()[1]).isEqualTo("DRAFT");
                });
    }

    @Test
    void a_submitted_plan_cannot_be_submitted_again() {
        Plan p = draft();
        p.submit();
        assertThatThrownBy(p::submit).isInstanceOf(Conflict.class);
    }

    @Test
    void a_draft_cannot_be_sent_back() {
        assertThatThrownBy(() -> draft().sendBack("理由")).isInstanceOf(Conflict.class);
    }

    @Test
    void an_approved_plan_cannot_be_generated_or_edited() {
        Plan p = approved();
        assertThatThrownBy(() -> p.recordGeneration("x", 0, 0, NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> p.requireEditable("changeItem")).isInstanceOf(Conflict.class);
        assertThatThrownBy(p::submit).isInstanceOf(Conflict.class);
    }

    @Test
    void a_revision_of_an_approved_plan_is_the_next_version_as_a_draft() {
        Plan p = approved();
        Plan r = p.openRevision(NOW);
        assertThat(r.getRevision()).isEqualTo(2);
        assertThat(r.getRevisesId()).isEqualTo(10L);
        assertThat(r.getStatus()).isEqualTo(PlanStatus.DRAFT);
        assertThat(r.getApprovalDueOn()).isNull();
        assertThat(p.getStatus()).isEqualTo(PlanStatus.APPROVED);
        p.supersede();
        assertThat(p.getStatus()).isEqualTo(PlanStatus.SUPERSEDED);
    }

    @Test
    void only_an_approved_plan_opens_a_revision() {
        assertThatThrownBy(() -> draft().openRevision(NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_draft_or_a_superseded_plan_is_never_superseded_or_revised() {
        Plan p = approved();
        p.supersede();
        assertThatThrownBy(p::supersede).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> p.openRevision(NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> draft().supersede()).isInstanceOf(Conflict.class);
    }

    @ParameterizedTest
    @EnumSource(PlanStatus.class)
    void the_transition_table_allows_only_the_steps_of_the_lifecycle(PlanStatus from) {
        for (PlanStatus to : PlanStatus.values()) {
            boolean allowed = switch (from) {
                case DRAFT -> to == PlanStatus.SUBMITTED;
                case SUBMITTED -> to == PlanStatus.APPROVED || to == PlanStatus.DRAFT;
                case APPROVED -> to == PlanStatus.SUPERSEDED;
                case SUPERSEDED -> false;
            };
            assertThat(from.canMoveTo(to)).as(from + " -> " + to).isEqualTo(allowed);
        }
    }

    @Test
    void where_the_province_sets_a_deadline_a_plan_approved_after_it_is_late() {
        Plan p = Plan.drawUp(f.tianjinDept, 2027, Optional.of(TIANJIN), NOW);
        assertThat(p.getApprovalDueOn()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(p.lateOn(LocalDate.of(2027, 1, 31))).isFalse();
        assertThat(p.lateOn(LocalDate.of(2027, 2, 1))).isTrue();
        p.submit();
        p.approve("天津市人民政府", "津政函〔2027〕5号", LocalDate.of(2027, 2, 3), LocalDate.of(2027, 2, 3), null);
        assertThat(p.lateOn(LocalDate.of(2027, 3, 1))).isTrue();
    }

    @Test
    void a_plan_approved_by_the_deadline_is_not_late() {
        Plan p = Plan.drawUp(f.tianjinDept, 2027, Optional.of(TIANJIN), NOW);
        p.submit();
        p.approve("天津市人民政府", "津政函〔2027〕5号", LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 31), null);
        assertThat(p.lateOn(LocalDate.of(2027, 6, 1))).isFalse();
    }

    @Test
    void without_a_deadline_no_plan_is_late() {
        assertThat(draft().lateOn(LocalDate.of(2027, 12, 31))).isFalse();
    }
}
