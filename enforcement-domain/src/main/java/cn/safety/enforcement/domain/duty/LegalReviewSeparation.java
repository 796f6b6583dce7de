package cn.safety.enforcement.domain.duty;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.util.Collection;

/**
 * 法制审核与审批分离: the legal review of a decision (法制审核, 行政处罚法 第五十八条; 国办发〔2018〕118号 三项制度) is made by a
 * legal reviewer who neither handled the case (承办) nor approves the decision (负责人审批, 第五十七条). One person may
 * hold both the {@link Role#LEGAL_REVIEWER} and the {@link Role#SUPERVISOR} role in a small department, so the
 * accounts allow it; what is refused is the same person reviewing and approving the same record.
 * <p>A step guard for later features (penalty cases, major decisions): they pass who handled, reviewed and approved
 * the record, by user id, and call the check before the step.
 */
public final class LegalReviewSeparation {

    private LegalReviewSeparation() {
    }

    /**
     * May {@code reviewer} review the record? They must hold the legal-reviewer role, must not be one of its handlers,
     * and must not be its approver (when someone has approved already, for instance after a review was sent back).
     */
    public static void requireMayReview(Actor reviewer, Collection<Long> handlerIds, Long approverId) {
        if (!reviewer.has(Role.LEGAL_REVIEWER)) {
            throw new OutOfJurisdiction("duty.legalReview.role");
        }
        if (handlerIds != null && handlerIds.contains(reviewer.userId())) {
            throw new RuleViolation("reviewer", "duty.legalReview.handler");
        }
        if (approverId != null && approverId == reviewer.userId()) {
            throw new RuleViolation("reviewer", "duty.legalReview.approver");
        }
    }

    /** May {@code approver} approve the record? They must be a head (负责人) and not the one who reviewed it. */
    public static void requireMayApprove(Actor approver, Long reviewerId) {
        if (!approver.has(Role.SUPERVISOR)) {
            throw new OutOfJurisdiction("duty.approval.role");
        }
        if (reviewerId != null && reviewerId == approver.userId()) {
            throw new RuleViolation("approver", "duty.legalReview.approver");
        }
    }

    /** Whether review and approval by these two people keep the duties apart. */
    public static boolean separate(long reviewerId, long approverId) {
        return reviewerId != approverId;
    }
}
