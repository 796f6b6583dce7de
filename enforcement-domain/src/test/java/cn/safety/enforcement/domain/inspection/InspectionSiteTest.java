package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static cn.safety.enforcement.domain.inspection.InspectionFixture.NOW;
import static cn.safety.enforcement.domain.inspection.InspectionFixture.ZONE;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The inspection at the site: results, signatures, the refusal to sign, the completion rules and the record. */
class InspectionSiteTest {

    private final InspectionFixture x = new InspectionFixture();

    private Inspection inProgress() {
        return x.inProgress(InspectionKind.SPECIAL);
    }

    @Test
    void a_failed_major_item_proposes_a_major_hazard_and_a_failed_minor_item_does_not() {
        Inspection i = inProgress();
        InspectionResultRecorded major = i.recordResult(51, CheckResult.FAIL, " 未持证 ", "zd-inspector", NOW);
        assertThat(major.proposedHazard()).isEqualTo("MAJOR");
        assertThat(i.result(51).orElseThrow().getNote()).isEqualTo("未持证");
        InspectionResultRecorded minor = i.recordResult(52, CheckResult.FAIL, null, "zd-inspector", NOW);
        assertThat(minor.proposedHazard()).isNull();
        i.recordResult(51, CheckResult.PASS, null, "zd-inspector", NOW);
        assertThat(i.result(51).orElseThrow().getProposedHazard()).as("corrected: no proposal any more").isNull();
    }

    @Test
    void a_result_needs_a_value_and_an_item_of_the_inspection() {
        Inspection i = inProgress();
        assertThat(problemsOf(() -> i.recordResult(51, null, null, "zd-inspector", NOW)))
                .containsExactly("result:inspection.result.required");
        assertThatThrownBy(() -> i.recordResult(999, CheckResult.PASS, null, "zd-inspector", NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void results_are_recorded_only_while_in_progress() {
        Inspection waiting = Inspection.start(x.unplanned(InspectionKind.SPECIAL, InspectionTrigger.COMPLAINT, false,
                NOW.minusSeconds(60)));
        assertThatThrownBy(() -> waiting.recordResult(51, CheckResult.PASS, null, "zd-inspector", NOW))
                .isInstanceOf(Conflict.class).hasMessage("inspection.step.refused");
    }

    @Test
    void an_inspectors_signature_is_one_of_the_named_inspectors() {
        Inspection i = inProgress();
        assertThat(i.signerName(SignatureRole.INSPECTOR, "zd-inspector")).isEqualTo("李执法");
        assertThat(i.signerName(SignatureRole.INSPECTOR, "周执法")).isEqualTo("周执法");
        assertThat(problemsOf(() -> i.signerName(SignatureRole.INSPECTOR, "王建军")))
                .containsExactly("name:inspection.signature.notAnInspector");
        assertThat(problemsOf(() -> i.signerName(SignatureRole.ENTERPRISE_REPRESENTATIVE, " ")))
                .containsExactly("name:inspection.signature.name.required");
    }

    @Test
    void a_refusal_to_sign_needs_a_witness() {
        Inspection i = inProgress();
        assertThat(problemsOf(() -> i.recordSignatureRefusal(" ", null, "zd-inspector", NOW)))
                .containsExactly("witness:inspection.refusal.witness.required");
        assertThat(i.recordSignatureRefusal("孙主任", null, "zd-inspector", NOW).witness()).isEqualTo("孙主任");
    }

    @Test
    void completion_lists_everything_missing_then_allows_it_once_all_is_recorded() {
        Inspection i = inProgress();
        assertThat(CompletionRules.missing(i)).extracting(RuleViolation.Problem::messageCode).containsExactly(
                "inspection.complete.resultsMissing", "inspection.complete.inspectorsUnsigned",
                "inspection.complete.enterpriseUnsigned");
        assertThatThrownBy(() -> CompletionRules.require(i)).isInstanceOf(CompletionRules.IncompleteRecord.class)
                .satisfies(e -> assertThat(((RuleViolation) e).problems()).hasSize(4));
        i.recordResult(51, CheckResult.PASS, null, "zd-inspector", NOW);
        i.recordResult(52, CheckResult.NOT_APPLICABLE, null, "zd-inspector", NOW);
        i.sign(SignatureRole.INSPECTOR, "zd-inspector", 1, "zd-inspector", NOW);
        assertThat(CompletionRules.missing(i)).extracting(RuleViolation.Problem::messageCode).containsExactly(
                "inspection.complete.inspectorsUnsigned", "inspection.complete.enterpriseUnsigned");
        i.sign(SignatureRole.INSPECTOR, "zd-inspector2", 2, "zd-inspector2", NOW);
        i.recordSignatureRefusal("孙主任", null, "zd-inspector", NOW);
        assertThat(CompletionRules.missing(i)).isEmpty();
        CompletionRules.require(i);
        InspectionCompleted done = i.complete(9, "冀正应急检记〔2026〕1号", NOW);
        assertThat(i.getStatus()).isEqualTo(InspectionStatus.COMPLETED);
        assertThat(done.documentNumber()).isEqualTo("冀正应急检记〔2026〕1号");
        assertThatThrownBy(() -> i.complete(10, "x", NOW)).isInstanceOf(Conflict.class);
        assertThatThrownBy(() -> CompletionRules.require(i)).isInstanceOf(Conflict.class)
                .hasMessage("inspection.step.refused");
    }

    @Test
    void a_key_enterprise_needs_the_three_stages_before_completion() {
        Inspection i = Inspection.start(x.planned(cn.safety.enforcement.domain.plan.PlanItemKind.KEY,
                InspectionKind.FULL_COVERAGE));
        assertThat(CompletionRules.missing(i)).extracting(RuleViolation.Problem::messageCode)
                .contains("inspection.complete.stagesMissing");
        Instant at = NOW.minusSeconds(300);
        i.recordStage(InspectionStage.NOTICE, at, null, List.of(), "zd-inspector", NOW);
        i.recordStage(InspectionStage.ONSITE, at, null, List.of(), "zd-inspector", NOW);
        i.recordStage(InspectionStage.FEEDBACK, at, null, List.of(), "zd-inspector", NOW);
        assertThat(CompletionRules.missing(i)).extracting(RuleViolation.Problem::messageCode)
                .doesNotContain("inspection.complete.stagesMissing");
    }

    @Test
    void only_a_named_inspector_or_a_supervisor_of_the_department_records_at_the_site() {
        Inspection i = inProgress();
        long dept = i.getDepartmentId();
        Actor named = new Actor(1, "zd-inspector", dept, null, null, Set.of(Role.INSPECTOR));
        Actor other = new Actor(2, "zd-inspector3", dept, null, null, Set.of(Role.INSPECTOR));
        Actor chief = new Actor(3, "zd-chief", dept, null, null, Set.of(Role.SUPERVISOR));
        Actor otherChief = new Actor(4, "sjz-supervisor", dept + 1, null, null, Set.of(Role.SUPERVISOR));
        assertThat(SiteRecordingPolicy.mayRecord(named, i)).isTrue();
        assertThat(SiteRecordingPolicy.mayRecord(chief, i)).isTrue();
        assertThat(SiteRecordingPolicy.mayRecord(other, i)).isFalse();
        assertThatThrownBy(() -> SiteRecordingPolicy.require(otherChief, i)).isInstanceOf(OutOfJurisdiction.class);
    }

    @Test
    void the_record_gives_every_result_in_chinese_with_the_major_item_marked_and_the_refusal_with_its_witness() {
        Inspection i = inProgress();
        i.recordResult(51, CheckResult.FAIL, "未持证", "zd-inspector", NOW);
        i.recordResult(52, CheckResult.NOT_APPLICABLE, null, "zd-inspector", NOW);
        i.sign(SignatureRole.INSPECTOR, "zd-inspector", 1, "zd-inspector", NOW);
        i.recordSignatureRefusal("孙主任", null, "zd-inspector", NOW);
        DocumentContent c = InspectionRecordContent.of(i, x.enterprise, "正定县应急管理局", NOW, ZONE,
                id -> new byte[] {1});
        String all = String.join("|", c.texts());
        assertThat(c.title()).isEqualTo("现场检查记录");
        assertThat(all).contains("某化工公司").contains("不符合").contains("不适用").contains("拟列为重大事故隐患")
                .contains("李执法（执法证号：冀执1）").contains("孙主任").contains("拒绝签字");
    }
}
