package cn.safety.enforcement.domain.duty;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Fixture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class LegalReviewSeparationTest {

    private final Fixture f = new Fixture();
    private final Actor handler = f.actor(f.zhengdingDept, Role.INSPECTOR);
    private final Actor reviewer = f.actor(f.zhengdingDept, Role.LEGAL_REVIEWER);
    private final Actor chief = f.actor(f.zhengdingDept, Role.SUPERVISOR);
    /** A small department: one person holds both roles in the account. */
    private final Actor both = f.actor(f.zhengdingDept, Role.SUPERVISOR, Role.LEGAL_REVIEWER);

    @Test
    void a_legal_reviewer_who_neither_handled_nor_approved_the_record_may_review_it() {
        assertThatCode(() -> LegalReviewSeparation.requireMayReview(reviewer, List.of(handler.userId()), null))
                .doesNotThrowAnyException();
        assertThatCode(() -> LegalReviewSeparation.requireMayReview(reviewer, List.of(handler.userId()),
                chief.userId())).doesNotThrowAnyException();
    }

    @Test
    void a_head_may_approve_what_someone_else_reviewed() {
        assertThatCode(() -> LegalReviewSeparation.requireMayApprove(chief, reviewer.userId()))
                .doesNotThrowAnyException();
        assertThatCode(() -> LegalReviewSeparation.requireMayApprove(both, reviewer.userId()))
                .doesNotThrowAnyException();
    }

    @Test
    void a_person_with_both_roles_may_not_approve_the_record_they_reviewed() {
        RuleViolation v = catchThrowableOfType(RuleViolation.class,
                () -> LegalReviewSeparation.requireMayApprove(both, both.userId()));

        assertThat(v.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("approver");
            assertThat(p.messageCode()).isEqualTo("duty.legalReview.approver");
        });
    }

    @Test
    void a_person_with_both_roles_may_not_review_the_record_they_approved() {
        RuleViolation v = catchThrowableOfType(RuleViolation.class,
                () -> LegalReviewSeparation.requireMayReview(both, List.of(handler.userId()), both.userId()));

        assertThat(v.problems().get(0).messageCode()).isEqualTo("duty.legalReview.approver");
        assertThat(LegalReviewSeparation.separate(both.userId(), both.userId())).isFalse();
        assertThat(LegalReviewSeparation.separate(reviewer.userId(), chief.userId())).isTrue();
    }

    @Test
    void the_handler_of_a_case_may_not_review_it_even_holding_the_reviewer_role() {
        Actor handlerAndReviewer = new Actor(handler.userId(), handler.username(), handler.departmentId(),
                handler.departmentLevel(), handler.departmentLocation(), Set.of(Role.INSPECTOR, Role.LEGAL_REVIEWER));

        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> LegalReviewSeparation.requireMayReview(
                handlerAndReviewer, List.of(handler.userId()), null));

        assertThat(v.problems().get(0).messageCode()).isEqualTo("duty.legalReview.handler");
    }

    @Test
    void a_supervisor_without_the_reviewer_role_may_not_review_and_an_inspector_may_not_approve() {
        OutOfJurisdiction review = catchThrowableOfType(OutOfJurisdiction.class,
                () -> LegalReviewSeparation.requireMayReview(chief, List.of(), null));
        OutOfJurisdiction approve = catchThrowableOfType(OutOfJurisdiction.class,
                () -> LegalReviewSeparation.requireMayApprove(handler, reviewer.userId()));
        OutOfJurisdiction reviewerApproving = catchThrowableOfType(OutOfJurisdiction.class,
                () -> LegalReviewSeparation.requireMayApprove(reviewer, null));

        assertThat(review.messageCode()).isEqualTo("duty.legalReview.role");
        assertThat(approve.messageCode()).isEqualTo("duty.approval.role");
        assertThat(reviewerApproving.messageCode()).isEqualTo("duty.approval.role");
    }
}
