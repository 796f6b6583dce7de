package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static cn.safety.enforcement.domain.inspection.InspectionFixture.NOW;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InspectionTest {

    private final InspectionFixture x = new InspectionFixture();

    // ---- starting ----

    @Test
    void a_planned_inspection_is_in_progress_at_once_and_needs_no_approval() {
        Inspection i = Inspection.start(x.planned(PlanItemKind.KEY, InspectionKind.FULL_COVERAGE));
        assertThat(i.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(i.planned()).isTrue();
        assertThat(i.approvalPending()).isFalse();
        assertThat(i.isKeyEnterprise()).isTrue();
        assertThat(i.getLocation().divisionCode()).isEqualTo("130123");
        assertThat(i.getInspectors()).hasSize(2);
    }

    @Test
    void a_planned_kind_must_fit_the_item_and_takes_no_trigger() {
        assertThat(problemsOf(() -> Inspection.start(x.planned(PlanItemKind.KEY, InspectionKind.RANDOM))))
                .containsExactly("kind:inspection.kind.notForItem");
        assertThat(Inspection.start(x.planned(PlanItemKind.SPOT_CHECK, InspectionKind.UNANNOUNCED))
                .isNoticeWithheld()).isTrue();
    }

    @Test
    void an_unplanned_inspection_waits_for_approval_unless_urgent() {
        Inspection waiting = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                NOW));
        assertThat(waiting.getStatus()).isEqualTo(InspectionStatus.AWAITING_APPROVAL);
        assertThat(waiting.approvalPending()).isTrue();
        assertThat(waiting.getApprovalDueAt()).isNull();

        Inspection accident = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.ACCIDENT, false,
                NOW));
        assertThat(accident.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(accident.isUrgent()).isTrue();
        assertThat(accident.getApprovalDueAt()).isEqualTo(NOW.plus(Duration.ofHours(24)));
        assertThat(accident.getApprovalDueSource()).contains("54号");

        Inspection danger = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.MONITORING_ALERT,
                true, NOW));
        assertThat(danger.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(danger.isImminentDanger()).isTrue();
    }

    @Test
    void an_unplanned_inspection_needs_a_trigger_and_a_kind_that_fits_it() {
        assertThat(problemsOf(() -> Inspection.start(x.unplanned(InspectionKind.SPECIAL, null, false, NOW))))
                .containsExactly("trigger:inspection.trigger.required");
        assertThat(problemsOf(() -> Inspection.start(x.unplanned(InspectionKind.RANDOM, InspectionTrigger.COMPLAINT,
                false, NOW)))).containsExactly("kind:inspection.kind.notUnplanned");
        assertThat(problemsOf(() -> Inspection.start(x.unplanned(InspectionKind.COMPLAINT_CHECK,
                InspectionTrigger.ACCIDENT, false, NOW)))).containsExactly("kind:inspection.kind.notUnplanned");
        assertThat(problemsOf(() -> Inspection.start(x.unplanned(null, InspectionTrigger.ACCIDENT, false, NOW))))
                .containsExactly("kind:inspection.kind.required");
    }

    @Test
    void what_starts_at_once_cannot_start_in_the_future_but_an_approval_may_be_asked_ahead() {
        Instant tomorrow = NOW.plus(Duration.ofDays(1));
        assertThat(problemsOf(() -> Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.ACCIDENT,
                false, tomorrow)))).containsExactly("startedAt:inspection.startedAt.future");
        assertThat(Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                tomorrow)).getStatus()).isEqualTo(InspectionStatus.AWAITING_APPROVAL);
        // a phone's clock a few minutes ahead is taken as now
        assertThat(Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.ACCIDENT, false,
                NOW.plus(Duration.ofMinutes(5)))).getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
    }

    @Test
    void one_result_row_per_item_of_the_checklists_in_force() {
        Inspection i = x.inProgress(InspectionKind.SPECIAL);
        assertThat(i.getChecklists()).extracting(ChecklistUsed::getCode).containsExactly("HC-121");
        assertThat(i.getResults()).extracting(InspectionResult::getChecklistItemId).containsExactly(51L, 52L);
        assertThat(i.getResults()).allSatisfy(r -> assertThat(r.getResult()).isNull());
        assertThat(i.getResults().get(0).isMajor()).isTrue();
    }

    // ---- approval ----

    @Test
    void approving_starts_a_waiting_inspection_and_confirms_an_urgent_one() {
        Inspection waiting = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                NOW));
        InspectionApproved event = waiting.approve("zd-chief", NOW);
        assertThat(event.before().status()).isEqualTo(InspectionStatus.AWAITING_APPROVAL);
        assertThat(event.after().status()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(waiting.approvalPending()).isFalse();

        Inspection urgent = x.inProgress(InspectionKind.SPECIAL);
        urgent.approve("zd-chief", NOW);
        assertThat(urgent.getStatus()).isEqualTo(InspectionStatus.IN_PROGRESS);
        assertThat(urgent.getApprovedBy()).isEqualTo("zd-chief");
    }

    @Test
    void nothing_to_approve_on_a_planned_an_approved_or_a_refused_inspection() {
        Inspection planned = Inspection.start(x.planned(PlanItemKind.KEY, InspectionKind.FULL_COVERAGE));
        assertThatThrownBy(() -> planned.approve("zd-chief", NOW)).isInstanceOf(Conflict.class)
                .hasMessage("inspection.step.refused");
        Inspection approved = x.inProgress(InspectionKind.SPECIAL);
        approved.approve("zd-chief", NOW);
        assertThatThrownBy(() -> approved.approve("zd-chief", NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> approved.refuse("晚了", "zd-chief", NOW)).isInstanceOf(Conflict.class);
        Inspection refused = x.inProgress(InspectionKind.SPECIAL);
        refused.refuse("无须检查", "zd-chief", NOW);
        assertThat(refused.getStatus()).isEqualTo(InspectionStatus.REFUSED);
        assertThatThrownBy(() -> refused.approve("zd-chief", NOW)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_refusal_needs_a_reason() {
        Inspection waiting = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                NOW));
        assertThat(problemsOf(() -> waiting.refuse("  ", "zd-chief", NOW)))
                .containsExactly("reason:inspection.refusal.reason.required");
        InspectionRefused event = waiting.refuse("举报内容不属实", "zd-chief", NOW);
        assertThat(event.details()).containsEntry("reason", "举报内容不属实");
        assertThat(waiting.getRefusalReason()).isEqualTo("举报内容不属实");
    }

    @Test
    void an_urgent_approval_is_overdue_once_the_hours_have_passed() {
        Inspection urgent = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.ACCIDENT, false,
                NOW));
        assertThat(urgent.approvalOverdue(NOW.plus(Duration.ofHours(23)))).isFalse();
        assertThat(urgent.approvalOverdue(NOW.plus(Duration.ofHours(25)))).isTrue();
        urgent.approve("zd-chief", NOW.plus(Duration.ofHours(26)));
        assertThat(urgent.approvalOverdue(NOW.plus(Duration.ofHours(27)))).isFalse();
    }

    // ---- stages ----

    @Test
    void stages_go_in_order_and_at_or_after_the_one_before() {
        Inspection i = x.inProgress(InspectionKind.SPECIAL);
        assertThatThrownBy(() -> i.recordStage(InspectionStage.ONSITE, NOW, null, List.of(), "zd-inspector", NOW))
                .isInstanceOf(Conflict.class).hasMessage("inspection.stage.outOfOrder");
        InspectionStageRecorded notice = i.recordStage(InspectionStage.NOTICE, NOW.minusSeconds(600), "告知",
                List.of(new Attendee(AttendeeRole.MAIN_RESPONSIBLE, " 赵总 ")), "zd-inspector", NOW);
        assertThat(notice.present()).containsExactly("MAIN_RESPONSIBLE 赵总");
        assertThat(problemsOf(() -> i.recordStage(InspectionStage.ONSITE, NOW.minusSeconds(1200), null, List.of(),
                "zd-inspector", NOW))).containsExactly("at:inspection.stage.at.beforePrevious");
        i.recordStage(InspectionStage.ONSITE, NOW.minusSeconds(300), null, List.of(), "zd-inspector", NOW);
        // a correction of the notice may not move it after the onsite stage
        assertThat(problemsOf(() -> i.recordStage(InspectionStage.NOTICE, NOW.minusSeconds(100), null, List.of(),
                "zd-inspector", NOW))).containsExactly("at:inspection.stage.at.afterNext");
        assertThat(i.stagesComplete()).isFalse();
        i.recordStage(InspectionStage.FEEDBACK, NOW, null, List.of(), "zd-inspector", NOW);
        assertThat(i.stagesComplete()).isTrue();
        assertThat(i.snapshot().stages()).containsExactly("NOTICE", "ONSITE", "FEEDBACK");
    }

    @Test
    void a_stage_names_each_person_present_by_role_and_name_and_is_not_in_the_future() {
        Inspection i = x.inProgress(InspectionKind.SPECIAL);
        assertThat(problemsOf(() -> i.recordStage(InspectionStage.NOTICE, NOW.plus(Duration.ofHours(1)), null,
                java.util.Arrays.asList(new Attendee(null, "某人"), new Attendee(AttendeeRole.OPERATOR, " ")),
                "zd-inspector", NOW))).containsExactly("at:inspection.stage.at.future",
                "present[0].role:inspection.stage.present.role", "present[1].name:inspection.stage.present.name");
    }

    @Test
    void an_unannounced_visit_records_no_notice_and_goes_straight_to_onsite() {
        Inspection i = x.inProgress(InspectionKind.UNANNOUNCED);
        assertThat(i.isNoticeWithheld()).isTrue();
        assertThatThrownBy(() -> i.recordStage(InspectionStage.NOTICE, NOW, null, List.of(), "zd-inspector", NOW))
                .isInstanceOf(Conflict.class).hasMessage("inspection.stage.noticeWithheld");
        i.recordStage(InspectionStage.ONSITE, NOW, null, List.of(), "zd-inspector", NOW);
        i.recordStage(InspectionStage.FEEDBACK, NOW, null, List.of(), "zd-inspector", NOW);
        assertThat(i.stagesComplete()).isTrue();
    }

    @Test
    void no_stage_before_approval_nor_after_the_end() {
        Inspection waiting = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                NOW));
        assertThatThrownBy(() -> waiting.recordStage(InspectionStage.NOTICE, NOW, null, List.of(), "a", NOW))
                .isInstanceOf(Conflict.class).hasMessage("inspection.step.refused");
        waiting.refuse("不必", "zd-chief", NOW);
        assertThatThrownBy(() -> waiting.recordStage(InspectionStage.NOTICE, NOW, null, List.of(), "a", NOW))
                .isInstanceOf(Conflict.class);
    }

    // ---- transfers ----

    @Test
    void a_transfer_names_the_department_and_the_matter_while_in_progress_or_after_completion() {
        Inspection i = x.inProgress(InspectionKind.SPECIAL);
        assertThat(problemsOf(() -> i.transfer(" ", null, "zd-inspector", NOW))).containsExactly(
                "toDepartment:inspection.transfer.toDepartment.required", "matter:inspection.transfer.matter.required");
        InspectionTransferred t = i.transfer("市场监管局", "电梯未年检", "zd-inspector", NOW);
        assertThat(t.details()).containsEntry("toDepartment", "市场监管局").containsEntry("matter", "电梯未年检");
        assertThat(i.getTransfers()).singleElement().satisfies(x1 -> assertThat(x1.getTransferredBy())
                .isEqualTo("zd-inspector"));
        Reflect.set(i, "status", InspectionStatus.COMPLETED);
        i.transfer("住建局", "违章搭建", "zd-inspector", NOW);
        assertThat(i.getTransfers()).hasSize(2);
        Inspection waiting = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                NOW));
        assertThatThrownBy(() -> waiting.transfer("市场监管局", "x", "a", NOW)).isInstanceOf(Conflict.class);
    }
}
