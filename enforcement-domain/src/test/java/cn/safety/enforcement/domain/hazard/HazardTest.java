package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.safety.enforcement.domain.hazard.HazardFixture.DUE;
import static cn.safety.enforcement.domain.hazard.HazardFixture.NOW;
import static cn.safety.enforcement.domain.hazard.HazardFixture.OWN;
import static cn.safety.enforcement.domain.hazard.HazardFixture.PHOTO;
import static cn.safety.enforcement.domain.hazard.HazardFixture.RECHECK;
import static cn.safety.enforcement.domain.hazard.HazardFixture.TODAY;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class HazardTest {

    private final HazardFixture x = new HazardFixture();

    private static void assertRefusedNaming(Throwable t, HazardStatus state) {
        assertThat(t).isInstanceOf(Conflict.class);
        RuleViolation.Problem p = ((Conflict) t).problems().get(0);
        assertThat(p.field()).isEqualTo("state");
        assertThat(p.messageCode()).isEqualTo("hazard.step.refused");
        assertThat(p.args()[1]).isEqualTo(state.name());
    }

    private static String conflictCode(Throwable t) {
        assertThat(t).isInstanceOf(Conflict.class);
        return ((Conflict) t).problems().get(0).messageCode();
    }

    // ---- the transition table ----

    @Test
    void the_transition_table_is_the_loop_and_closed_is_the_end() {
        assertThat(EnumSet.allOf(HazardStatus.class).stream().filter(HazardStatus.FOUND::canMoveTo))
                .containsExactlyInAnyOrder(HazardStatus.ORDERED, HazardStatus.CLOSED);
        assertThat(EnumSet.allOf(HazardStatus.class).stream().filter(HazardStatus.ORDERED::canMoveTo))
                .containsExactly(HazardStatus.RECTIFYING);
        assertThat(EnumSet.allOf(HazardStatus.class).stream().filter(HazardStatus.RECTIFYING::canMoveTo))
                .containsExactly(HazardStatus.REPORTED);
        assertThat(EnumSet.allOf(HazardStatus.class).stream().filter(HazardStatus.REPORTED::canMoveTo))
                .containsExactlyInAnyOrder(HazardStatus.ACCEPTANCE_REPORTED, HazardStatus.CLOSED,
                        HazardStatus.RECTIFYING);
        assertThat(EnumSet.allOf(HazardStatus.class).stream().filter(HazardStatus.ACCEPTANCE_REPORTED::canMoveTo))
                .containsExactlyInAnyOrder(HazardStatus.CLOSED, HazardStatus.RECTIFYING);
        assertThat(EnumSet.allOf(HazardStatus.class).stream().filter(HazardStatus.CLOSED::canMoveTo)).isEmpty();
    }

    // ---- finding ----

    @Test
    void a_hazard_is_found_with_its_enterprise_place_and_department() {
        Hazard h = x.found(HazardGrade.MAJOR);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.FOUND);
        assertThat(h.assignedDepartmentId()).isEqualTo(3);
        assertThat(h.enterpriseId()).isEqualTo(77);
        assertThat(h.location().divisionCode()).isEqualTo("130123");
        assertThat(h.daysLeft(TODAY)).isEmpty();
    }

    @Test
    void finding_refuses_a_missing_grade_description_and_an_inspection_hazard_without_its_inspection() {
        assertThat(problemsOf(() -> Hazard.find(new Hazard.Finding(3, x.enterprise, null, 5L,
                HazardSource.INSPECTION, null, " ", null, null, null, "u", NOW)))).containsExactly(
                "inspectionId:hazard.inspection.required", "checklistItemId:hazard.checklistItem.needsInspection",
                "grade:hazard.grade.required", "description:hazard.description.required");
        assertThat(problemsOf(() -> Hazard.find(new Hazard.Finding(3, x.enterprise, 9L, null,
                HazardSource.COMPLAINT, HazardGrade.GENERAL, "d", null, null, null, "u", NOW))))
                .containsExactly("inspectionId:hazard.inspection.onlyForInspection");
    }

    // ---- order ----

    @Test
    void a_found_hazard_is_ordered_with_its_deadline_and_days_left_count_from_today() {
        Hazard h = x.ordered(HazardGrade.GENERAL);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.ORDERED);
        assertThat(h.getDueOn()).isEqualTo(DUE);
        assertThat(h.getOrderDocumentId()).isEqualTo(1);
        assertThat(h.daysLeft(TODAY)).contains(29L);
        assertThat(h.daysLeft(DUE.plusDays(2))).contains(-2L);
    }

    @Test
    void an_order_needs_requirements_and_a_deadline_after_today() {
        Hazard h = x.found(HazardGrade.GENERAL);
        assertThat(problemsOf(() -> h.prepareOrder(" ", HazardFixture.deadline(TODAY), "s", TODAY)))
                .containsExactly("requirements:hazard.requirements.required", "deadline:hazard.deadline.future");
        assertThat(problemsOf(() -> h.prepareOrder("r", null, null, TODAY)))
                .containsExactly("deadline:hazard.deadline.required");
    }

    @Test
    void an_ordered_hazard_is_not_ordered_again() {
        Hazard h = x.ordered(HazardGrade.GENERAL);
        assertRefusedNaming(catchThrowable(() -> h.prepareOrder("r", HazardFixture.deadline(DUE), "s", TODAY)),
                HazardStatus.ORDERED);
    }

    // ---- plan ----

    @Test
    void the_plan_with_the_five_in_place_starts_rectification() {
        Hazard h = x.rectifying(HazardGrade.GENERAL);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(h.getPlanResponsiblePerson()).isEqualTo("张安全");
    }

    @Test
    void a_plan_lacking_any_of_the_five_or_finishing_after_the_deadline_is_refused() {
        Hazard h = x.ordered(HazardGrade.GENERAL);
        assertThat(problemsOf(() -> h.plan(new Hazard.Plan(null, " ", null, null, null), "u", NOW)))
                .containsExactly("goal:hazard.plan.goal.required",
                        "responsiblePerson:hazard.plan.responsiblePerson.required",
                        "funds:hazard.plan.funds.required", "measures:hazard.plan.measures.required",
                        "plannedCompletion:hazard.plan.completion.required");
        assertThat(problemsOf(() -> h.plan(new Hazard.Plan("g", "p", new java.math.BigDecimal("-1"), "m",
                DUE.plusDays(1)), "u", NOW))).containsExactly("funds:hazard.plan.funds.range",
                "plannedCompletion:hazard.plan.completion.afterDeadline");
    }

    @Test
    void a_found_hazard_gets_no_plan_before_its_order() {
        assertRefusedNaming(catchThrowable(() -> x.found(HazardGrade.GENERAL).plan(HazardFixture.plan(), "u", NOW)),
                HazardStatus.FOUND);
    }

    // ---- reports ----

    @Test
    void the_reported_rectification_sets_the_recheck_deadline_from_the_rule_and_cites_it() {
        Hazard h = x.reported(HazardGrade.MAJOR);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.REPORTED);
        assertThat(h.getRecheckDueOn()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(h.getRecheckDueSource()).contains("第二十三条");
        assertThat(h.getRecheckRuleEffectiveFrom()).isEqualTo(LocalDate.of(2008, 2, 1));
        assertThat(h.runningDeadline()).contains(LocalDate.of(2026, 6, 11));
        assertThat(h.getReports()).singleElement().satisfies(r -> assertThat(r.getEvidenceIds()).isEqualTo(PHOTO));
    }

    @Test
    void a_report_needs_evidence_and_comes_only_while_rectifying() {
        Hazard h = x.rectifying(HazardGrade.GENERAL);
        assertThat(problemsOf(() -> h.reportRectification("done", List.of(), OWN, RECHECK, "u", NOW)))
                .containsExactly("evidenceIds:hazard.evidence.required");
        assertRefusedNaming(catchThrowable(() -> x.ordered(HazardGrade.GENERAL).reportRectification("done", PHOTO, OWN,
                RECHECK, "u", NOW)), HazardStatus.ORDERED);
    }

    @Test
    void a_report_cites_only_evidence_of_its_own_hazard_and_the_state_is_checked_first() {
        Hazard h = x.rectifying(HazardGrade.GENERAL);
        assertThat(problemsOf(() -> h.reportRectification("done", List.of(999L), OWN, RECHECK, "u", NOW)))
                .containsExactly("evidenceIds:hazard.evidence.unknown");
        assertRefusedNaming(catchThrowable(() -> x.ordered(HazardGrade.GENERAL).reportRectification("done",
                List.of(999L), OWN, RECHECK, "u", NOW)), HazardStatus.ORDERED);
    }

    @Test
    void a_major_hazards_acceptance_is_reported_after_its_rectification() {
        Hazard h = x.acceptanceReported();
        assertThat(h.getStatus()).isEqualTo(HazardStatus.ACCEPTANCE_REPORTED);
        assertThat(h.getReports()).extracting(HazardReport::getKind)
                .containsExactly(ReportKind.RECTIFICATION, ReportKind.ACCEPTANCE);
    }

    @Test
    void a_general_hazard_has_no_acceptance_and_none_comes_before_the_report() {
        assertThat(conflictCode(catchThrowable(() -> x.reported(HazardGrade.GENERAL).reportAcceptance("e", "c",
                PHOTO, OWN, RECHECK, "u", NOW)))).isEqualTo("hazard.acceptance.majorOnly");
        assertRefusedNaming(catchThrowable(() -> x.rectifying(HazardGrade.MAJOR).reportAcceptance("e", "c", PHOTO,
                OWN, RECHECK, "u", NOW)), HazardStatus.RECTIFYING);
    }

    // ---- verification ----

    @Test
    void an_accepted_recheck_of_a_general_hazard_closes_it() {
        Hazard h = x.reported(HazardGrade.GENERAL);
        h.verify(h.prepareVerification(true, "合格", null, TODAY), 2, "复查1", "zd-inspector", NOW);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.CLOSED);
        assertThat(h.getClosedAt()).isEqualTo(NOW);
        assertThat(h.getRecheckDueOn()).isNull();
        assertThat(h.daysLeft(TODAY)).isEmpty();
    }

    @Test
    void a_rejected_recheck_sends_the_hazard_back_to_rectifying_with_the_new_deadline() {
        Hazard h = x.reported(HazardGrade.MAJOR);
        LocalDate next = DUE.plusDays(15);
        h.verify(h.prepareVerification(false, "报警器未联锁", next, TODAY), 2, "复查1", "zd-inspector", NOW);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.RECTIFYING);
        assertThat(h.getDueOn()).isEqualTo(next);
        assertThat(h.getVerifications()).singleElement().satisfies(v -> assertThat(v.isAccepted()).isFalse());
        h.reportRectification("已联锁", PHOTO, OWN, RECHECK, "zd-ent", NOW);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.REPORTED);
    }

    @Test
    void a_rejection_needs_a_new_deadline_after_today_and_an_opinion() {
        Hazard h = x.reported(HazardGrade.GENERAL);
        assertThat(problemsOf(() -> h.prepareVerification(false, " ", null, TODAY))).containsExactly(
                "opinion:hazard.verification.opinion.required", "newDeadline:hazard.verification.newDeadline.required");
        assertThat(problemsOf(() -> h.prepareVerification(false, "o", TODAY, TODAY)))
                .containsExactly("newDeadline:hazard.deadline.future");
    }

    @Test
    void a_major_hazard_is_not_closed_before_its_acceptance_nor_while_measures_are_in_force() {
        assertThat(conflictCode(catchThrowable(() -> x.reported(HazardGrade.MAJOR).prepareVerification(true, "o",
                null, TODAY)))).isEqualTo("hazard.verification.acceptanceFirst");
        Hazard h = x.acceptanceReported();
        h.decideOnsiteMeasures(Set.of(OnsiteMeasure.SUSPEND_PRODUCTION), null, 3, "现决1", "zd-inspector", NOW);
        assertThat(conflictCode(catchThrowable(() -> h.prepareVerification(true, "o", null, TODAY))))
                .isEqualTo("hazard.verification.measuresInForce");
        h.liftOnsiteMeasures("复产审查合格", "zd-chief", NOW);
        h.verify(h.prepareVerification(true, "o", null, TODAY), 4, "复查2", "zd-inspector", NOW);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.CLOSED);
    }

    @ParameterizedTest
    @EnumSource(value = HazardStatus.class, names = {"FOUND", "ORDERED", "RECTIFYING"})
    void there_is_no_recheck_before_the_enterprise_reports(HazardStatus state) {
        Hazard h = switch (state) {
            case FOUND -> x.found(HazardGrade.GENERAL);
            case ORDERED -> x.ordered(HazardGrade.GENERAL);
            default -> x.rectifying(HazardGrade.GENERAL);
        };
        assertRefusedNaming(catchThrowable(() -> h.prepareVerification(true, "o", null, TODAY)), state);
    }

    @Test
    void a_closed_hazard_takes_no_step() {
        Hazard h = x.reported(HazardGrade.GENERAL);
        h.verify(h.prepareVerification(true, "合格", null, TODAY), 2, "复查1", "zd-inspector", NOW);
        assertRefusedNaming(catchThrowable(() -> h.prepareVerification(true, "o", null, TODAY)), HazardStatus.CLOSED);
        assertRefusedNaming(catchThrowable(() -> h.reportRectification("d", PHOTO, OWN, RECHECK, "u", NOW)),
                HazardStatus.CLOSED);
        assertRefusedNaming(catchThrowable(() -> h.prepareOnsiteMeasures(Set.of(OnsiteMeasure.STOP_EQUIPMENT), null)),
                HazardStatus.CLOSED);
    }

    // ---- on the spot ----

    @Test
    void a_general_hazard_rectified_on_the_spot_with_evidence_is_closed_at_once() {
        Hazard h = x.found(HazardGrade.GENERAL);
        h.rectifyOnTheSpot("当场关闭阀门", PHOTO, OWN, "zd-inspector", NOW);
        assertThat(h.getStatus()).isEqualTo(HazardStatus.CLOSED);
    }

    @Test
    void on_the_spot_is_refused_for_a_major_hazard_without_evidence_and_after_the_order() {
        assertThat(conflictCode(catchThrowable(() -> x.found(HazardGrade.MAJOR).rectifyOnTheSpot("d", PHOTO, OWN, "u",
                NOW)))).isEqualTo("hazard.onTheSpot.generalOnly");
        assertThat(problemsOf(() -> x.found(HazardGrade.GENERAL).rectifyOnTheSpot("d", null, OWN, "u", NOW)))
                .containsExactly("evidenceIds:hazard.evidence.required");
        assertRefusedNaming(catchThrowable(() -> x.ordered(HazardGrade.GENERAL).rectifyOnTheSpot("d", PHOTO, OWN, "u",
                NOW)), HazardStatus.ORDERED);
    }

    // ---- extensions ----

    @Test
    void an_extension_applied_for_before_the_deadline_and_approved_moves_the_deadline() {
        Hazard h = x.rectifying(HazardGrade.GENERAL);
        h.applyForExtension("设备到货延迟", DUE.plusDays(20), DUE, "zd-ent", NOW);
        assertThat(h.pendingExtension()).isPresent();
        h.decideExtension(true, DUE.plusDays(15), "同意", "zd-chief", NOW);
        assertThat(h.getDueOn()).isEqualTo(DUE.plusDays(15));
        assertThat(h.pendingExtension()).isEmpty();
        assertThat(h.getExtensions()).singleElement().satisfies(e -> {
            assertThat(e.getDecision()).isEqualTo(ExtensionDecision.APPROVED);
            assertThat(e.getDueOnBefore()).isEqualTo(DUE);
        });
    }

    @Test
    void a_refused_extension_keeps_the_deadline() {
        Hazard h = x.ordered(HazardGrade.GENERAL);
        h.applyForExtension("理由", DUE.plusDays(20), TODAY, "zd-ent", NOW);
        h.decideExtension(false, null, "理由不充分", "zd-chief", NOW);
        assertThat(h.getDueOn()).isEqualTo(DUE);
        assertThat(h.getExtensions().get(0).getDecision()).isEqualTo(ExtensionDecision.REFUSED);
    }

    @Test
    void an_extension_is_refused_after_the_deadline_twice_at_once_before_the_order_and_without_a_later_date() {
        Hazard h = x.ordered(HazardGrade.GENERAL);
        assertThat(conflictCode(catchThrowable(() -> h.applyForExtension("r", DUE.plusDays(5), DUE.plusDays(1), "u",
                NOW)))).isEqualTo("hazard.extension.afterDeadline");
        assertThat(problemsOf(() -> h.applyForExtension(" ", DUE, TODAY, "u", NOW))).containsExactly(
                "reasons:hazard.extension.reasons.required", "requestedOn:hazard.extension.requestedOn.afterDeadline");
        h.applyForExtension("r", DUE.plusDays(5), TODAY, "u", NOW);
        assertThat(conflictCode(catchThrowable(() -> h.applyForExtension("r", DUE.plusDays(5), TODAY, "u", NOW))))
                .isEqualTo("hazard.extension.alreadyPending");
        assertRefusedNaming(catchThrowable(() -> x.found(HazardGrade.GENERAL).applyForExtension("r", DUE, TODAY, "u",
                NOW)), HazardStatus.FOUND);
        assertThat(conflictCode(catchThrowable(() -> x.ordered(HazardGrade.GENERAL).decideExtension(true, DUE, null,
                "u", NOW)))).isEqualTo("hazard.extension.nonePending");
    }

    // ---- on-site measures ----

    @Test
    void on_site_measures_are_for_major_hazards_and_are_lifted_only_with_a_review() {
        assertThat(conflictCode(catchThrowable(() -> x.found(HazardGrade.GENERAL).prepareOnsiteMeasures(
                Set.of(OnsiteMeasure.WITHDRAW_WORKERS), null)))).isEqualTo("hazard.onsiteMeasures.majorOnly");
        Hazard h = x.found(HazardGrade.MAJOR);
        assertThat(problemsOf(() -> h.prepareOnsiteMeasures(Set.of(), null)))
                .containsExactly("measures:hazard.onsiteMeasures.required");
        h.decideOnsiteMeasures(EnumSet.of(OnsiteMeasure.WITHDRAW_WORKERS, OnsiteMeasure.STOP_EQUIPMENT), "储罐区",
                7, "现决1", "zd-inspector", NOW);
        assertThat(h.isOnsiteMeasuresInForce()).isTrue();
        assertThat(h.snapshot().onsiteMeasures()).containsExactly("WITHDRAW_WORKERS", "STOP_EQUIPMENT");
        assertThat(problemsOf(() -> h.liftOnsiteMeasures(" ", "u", NOW)))
                .containsExactly("review:hazard.onsiteMeasures.review.required");
        h.liftOnsiteMeasures("审查合格", "zd-chief", NOW);
        assertThat(h.isOnsiteMeasuresInForce()).isFalse();
        assertThat(conflictCode(catchThrowable(() -> h.liftOnsiteMeasures("again", "u", NOW))))
                .isEqualTo("hazard.onsiteMeasures.noneInForce");
    }

    // ---- grade ----

    @Test
    void lowering_a_major_hazard_needs_a_reason_and_a_decision_and_stays_major_until_approved() {
        Hazard h = x.ordered(HazardGrade.MAJOR);
        assertThat(problemsOf(() -> h.requestGradeLowering(" ", "u", NOW)))
                .containsExactly("reason:hazard.gradeLowering.reason.required");
        h.requestGradeLowering("经专家论证不属于重大事故隐患", "zd-inspector", NOW);
        assertThat(h.getGrade()).isEqualTo(HazardGrade.MAJOR);
        assertThat(conflictCode(catchThrowable(() -> h.requestGradeLowering("again", "u", NOW))))
                .isEqualTo("hazard.gradeLowering.alreadyPending");
        h.decideGradeLowering(true, "同意", "zd-chief", NOW);
        assertThat(h.getGrade()).isEqualTo(HazardGrade.GENERAL);
        assertThat(h.getGradeChangeTo()).isNull();
    }

    @Test
    void a_refused_lowering_keeps_the_grade_and_a_general_hazard_is_not_lowered() {
        Hazard h = x.found(HazardGrade.MAJOR);
        h.requestGradeLowering("理由", "zd-inspector", NOW);
        h.decideGradeLowering(false, "不同意", "zd-chief", NOW);
        assertThat(h.getGrade()).isEqualTo(HazardGrade.MAJOR);
        assertThat(conflictCode(catchThrowable(() -> x.found(HazardGrade.GENERAL).requestGradeLowering("r", "u",
                NOW)))).isEqualTo("hazard.gradeLowering.majorOnly");
        assertThat(conflictCode(catchThrowable(() -> h.decideGradeLowering(true, null, "u", NOW))))
                .isEqualTo("hazard.gradeLowering.nonePending");
    }

    @Test
    void the_snapshot_carries_the_state_and_deadlines_for_the_record() {
        HazardSnapshot s = x.reported(HazardGrade.MAJOR).snapshot();
        assertThat(s.status()).isEqualTo(HazardStatus.REPORTED);
        assertThat(s.dueOn()).isEqualTo(DUE);
        assertThat(s.recheckDueOn()).isEqualTo(LocalDate.of(2026, 6, 11));
        assertThat(s.fields()).doesNotContainKey("internalNote");
    }
}
