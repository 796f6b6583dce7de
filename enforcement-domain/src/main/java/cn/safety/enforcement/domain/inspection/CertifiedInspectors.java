package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.EnforcementCertificate;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * R12 (000§(十九), 003§(二十)); 《行政处罚法》第四十二条 (执法人员不得少于两人): an inspection has at least the number of
 * inspectors the rule data sets ({@value #MINIMUM}), each named once, each an enabled account of the inspecting
 * department (or, when an entrusted organisation inspects in its name, of that organisation), each holding an
 * enforcement certificate (执法证) valid on the inspection's day. A refusal names the person and the reason; an account
 * of another department is named by the username typed only, so nothing about it is told.
 */
public final class CertifiedInspectors {

    public static final String MINIMUM = "inspection.min-inspectors";

    private CertifiedInspectors() {
    }

    /**
     * The inspectors on duty, in the order given, or every problem at once (field {@code inspectors}).
     *
     * @param accounts finds an account by username, whatever its case
     * @param departments the departments whose accounts may inspect
     */
    public static List<InspectorOnDuty> check(List<String> usernames, Function<String, Optional<UserAccount>> accounts,
                                              Set<Long> departments, LocalDate day, RuleValue minimum) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        List<InspectorOnDuty> onDuty = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> given = usernames == null ? List.of() : usernames;
        for (String raw : given) {
            String username = raw == null ? "" : raw.strip();
            if (username.isEmpty()) {
                continue;
            }
            if (!seen.add(username.toLowerCase(Locale.ROOT))) {
                problems.add(new RuleViolation.Problem("inspectors", "inspection.inspectors.duplicate", username));
                continue;
            }
            UserAccount account = username.length() > 64 ? null : accounts.apply(username).orElse(null);
            if (account == null || !departments.contains(account.getDepartmentId())) {
                problems.add(new RuleViolation.Problem("inspectors", "inspection.inspectors.notOfDepartment",
                        username));
                continue;
            }
            String who = account.getFullName() + "（" + account.getUsername() + "）";
            if (!account.isEnabled()) {
                problems.add(new RuleViolation.Problem("inspectors", "inspection.inspectors.disabled", who));
                continue;
            }
            EnforcementCertificate certificate = account.getCertificate();
            if (certificate == null || certificate.getNumber() == null) {
                problems.add(new RuleViolation.Problem("inspectors", "inspection.inspectors.noCertificate", who));
                continue;
            }
            if (!certificate.isValidOn(day)) {
                problems.add(new RuleViolation.Problem("inspectors", "inspection.inspectors.certificateInvalid", who,
                        certificate.getNumber(), String.valueOf(certificate.getValidFrom()),
                        String.valueOf(certificate.getValidUntil()), day.toString()));
                continue;
            }
            onDuty.add(new InspectorOnDuty(account.getUsername(), account.getFullName(), certificate.getNumber(),
                    certificate.getValidUntil()));
        }
        int needed = minimum.asInt();
        if (seen.size() < needed) {
            problems.add(0, new RuleViolation.Problem("inspectors", "inspection.inspectors.tooFew", needed,
                    minimum.source()));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        return onDuty;
    }
}
