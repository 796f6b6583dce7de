package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;

import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What must be on the record before an inspection is completed and its 现场检查记录 issued (R13, R4), as small rules
 * listed in one place: every checklist item has a result, every named inspector signed, the enterprise's representative
 * signed or refused before a witness, and a key enterprise's inspection holds the three stages. Every rule not met is
 * reported at once, each naming what is missing.
 */
public final class CompletionRules {

    /** One rule: the problem when it is not met, empty when it is. */
    interface Rule {
        Optional<RuleViolation.Problem> check(Inspection inspection);
    }

    /** 每项检查事项均有结论: 符合 / 不符合 / 不适用 for every item of the checklists used. */
    static final class EveryItemRecorded implements Rule {
        @Override
        public Optional<RuleViolation.Problem> check(Inspection i) {
            List<String> open = i.getResults().stream().filter(r -> !r.recorded())
                    .map(InspectionResult::getReference).toList();
            return open.isEmpty() ? Optional.empty() : Optional.of(new RuleViolation.Problem("results",
                    "inspection.complete.resultsMissing", open.size(), shortList(open)));
        }
    }

    /** 执法人员签名: every inspector named on the inspection signed (R13). */
    static final class EveryInspectorSigned implements Rule {
        @Override
        public Optional<RuleViolation.Problem> check(Inspection i) {
            List<String> unsigned = i.getInspectors().stream().map(InspectorOnDuty::getFullName)
                    .filter(name -> i.getSignatures().stream().noneMatch(
                            s -> s.getRole() == SignatureRole.INSPECTOR && s.getName().equals(name)))
                    .toList();
            return unsigned.isEmpty() ? Optional.empty() : Optional.of(new RuleViolation.Problem("signatures",
                    "inspection.complete.inspectorsUnsigned", String.join("、", unsigned)));
        }
    }

    /** 被检查单位签名, or its refusal recorded with a witness (拒绝签字的，由见证人签名或记录). */
    static final class EnterpriseSignedOrRefusalWitnessed implements Rule {
        @Override
        public Optional<RuleViolation.Problem> check(Inspection i) {
            boolean signed = i.getSignatures().stream()
                    .anyMatch(s -> s.getRole() == SignatureRole.ENTERPRISE_REPRESENTATIVE);
            boolean refused = !i.getSignatureRefusals().isEmpty();
            return signed || refused ? Optional.empty() : Optional.of(new RuleViolation.Problem("signatures",
                    "inspection.complete.enterpriseUnsigned"));
        }
    }

    /** 执法告知 → 现场检查 → 交流反馈 for a key enterprise (明查暗访 gives no notice). */
    static final class KeyEnterpriseStagesRecorded implements Rule {
        @Override
        public Optional<RuleViolation.Problem> check(Inspection i) {
            return !i.isKeyEnterprise() || i.stagesComplete() ? Optional.empty()
                    : Optional.of(new RuleViolation.Problem("stages", "inspection.complete.stagesMissing"));
        }
    }

    static final List<Rule> RULES = List.of(new EveryItemRecorded(), new EveryInspectorSigned(),
            new EnterpriseSignedOrRefusalWitnessed(), new KeyEnterpriseStagesRecorded());

    private CompletionRules() {
    }

    /** What is missing, every rule in order; empty when the inspection may be completed. */
    public static List<RuleViolation.Problem> missing(Inspection inspection) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        for (Rule rule : RULES) {
            rule.check(inspection).ifPresent(problems::add);
        }
        return problems;
    }

    /** Refuses (409, listing what is missing) an inspection that may not be completed yet. */
    public static void require(Inspection inspection) {
        inspection.requireInProgress("complete");
        List<RuleViolation.Problem> problems = missing(inspection);
        if (!problems.isEmpty()) {
            throw new IncompleteRecord(problems);
        }
    }

    /** At most five references, then 等. */
    static String shortList(List<String> items) {
        String shown = items.stream().limit(5).collect(Collectors.joining("、"));
        return items.size() > 5 ? shown + "等" : shown;
    }

    /** The message listing everything missing: 尚不能完成检查：{0}{1}{2}{3}. */
    public static final String SUMMARY = "inspection.complete.incomplete";

    /** The record lacks what completion needs: a conflict (409) with one problem per rule not met. */
    public static final class IncompleteRecord extends Conflict {

        private final List<RuleViolation.Problem> missing;

        IncompleteRecord(List<RuleViolation.Problem> missing) {
            super(null, SUMMARY, summaryArgs(missing));
            List<RuleViolation.Problem> all = new ArrayList<>();
            all.add(new RuleViolation.Problem(null, SUMMARY, summaryArgs(missing)));
            all.addAll(missing);
            this.missing = List.copyOf(all);
        }

        /** The summary names every problem (the message has room for one per rule), then each follows alone. */
        private static Object[] summaryArgs(List<RuleViolation.Problem> missing) {
            Object[] args = new Object[RULES.size()];
            for (int k = 0; k < args.length; k++) {
                args[k] = k < missing.size()
                        ? new DefaultMessageSourceResolvable(new String[] {missing.get(k).messageCode()},
                        missing.get(k).args(), "")
                        : new DefaultMessageSourceResolvable(null, null, "");
            }
            return args;
        }

        @Override
        public List<RuleViolation.Problem> problems() {
            return missing;
        }
    }
}
