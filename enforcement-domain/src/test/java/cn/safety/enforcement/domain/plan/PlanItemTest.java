package cn.safety.enforcement.domain.plan;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PlanItemTest {

    private final Fixture f = new Fixture();
    private final Plan cityPlan = Reflect.withId(Plan.drawUp(f.shijiazhuangDept, 2027, Optional.empty(),
            Instant.parse("2026-12-02T00:00:00Z")), 20L);

    @Test
    void an_upper_department_adds_a_supervision_item_with_its_reason() {
        PlanItem i = PlanItem.add(cityPlan, 77, PlanItemKind.SUPERVISION, "督查正定县重点企业");
        assertThat(i.getKind()).isEqualTo(PlanItemKind.SUPERVISION);
        assertThat(i.getOrigin()).isEqualTo(PlanItemOrigin.ADDED);
        assertThat(i.reasons()).containsExactly(new Reason("SUPERVISION", "督查正定县重点企业"));
        assertThat(i.getRequiredInspections()).isEqualTo(1);
        assertThat(i.getDepartmentId()).isEqualTo(2);
    }

    @Test
    void only_supervision_and_cross_checks_are_added_by_hand_and_with_a_reason() {
        assertThatThrownBy(() -> PlanItem.add(cityPlan, 77, PlanItemKind.KEY, "x"))
                .isInstanceOf(RuleViolation.class).hasMessage("plan.item.kind.addable");
        assertThatThrownBy(() -> PlanItem.add(cityPlan, 77, PlanItemKind.CROSS_CHECK, " "))
                .isInstanceOf(RuleViolation.class).hasMessage("plan.item.reason.required");
    }

    @Test
    void a_month_is_one_to_twelve() {
        PlanItem i = PlanItem.add(cityPlan, 77, PlanItemKind.CROSS_CHECK, "交叉互检");
        PlanItemChanged c = i.reschedule(12);
        assertThat(c.after().month()).isEqualTo(12);
        assertThat(c.before().month()).isNull();
        assertThatThrownBy(() -> i.reschedule(13)).isInstanceOf(RuleViolation.class)
                .hasMessage("plan.item.month.invalid");
        assertThatThrownBy(() -> i.reschedule(0)).isInstanceOf(RuleViolation.class);
    }

    @Test
    void only_a_key_item_moves_to_spot_checks() {
        PlanItem i = PlanItem.add(cityPlan, 77, PlanItemKind.CROSS_CHECK, "交叉互检");
        assertThatThrownBy(() -> i.moveToSpotCheck("守法", "boss", null)).isInstanceOf(RuleViolation.class)
                .hasMessage("plan.move.keyOnly");
    }

    @Test
    void a_moved_key_item_becomes_a_spot_check_with_the_reason_and_no_inspection_of_its_own() {
        PlanItem i = PlanItem.add(cityPlan, 77, PlanItemKind.CROSS_CHECK, "交叉互检");
        Reflect.set(i, "kind", PlanItemKind.KEY);
        assertThatThrownBy(() -> i.moveToSpotCheck("", "boss", null)).isInstanceOf(RuleViolation.class)
                .hasMessage("plan.move.reason.required");
        PlanItemChanged c = i.moveToSpotCheck("标准化一级，三年无事故", "boss", 5);
        assertThat(c.after().kind()).isEqualTo(PlanItemKind.SPOT_CHECK);
        assertThat(c.after().requiredInspections()).isZero();
        assertThat(c.after().month()).isEqualTo(5);
        assertThat(c.after().reasonCodes()).endsWith(PlanItem.MOVED);
        assertThat(c.reason()).isEqualTo("标准化一级，三年无事故");
        assertThat(i.getMovedReason()).isEqualTo("标准化一级，三年无事故");
    }
}
