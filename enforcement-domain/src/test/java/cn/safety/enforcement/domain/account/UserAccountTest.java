package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.jurisdiction.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserAccountTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2029, 12, 31);
    private static final EnforcementCertificate CERTIFICATE = new EnforcementCertificate("冀13010012345", FROM, UNTIL);

    private static UserAccount open(Set<Role> roles, EnforcementCertificate certificate) {
        return UserAccount.open("zhangsan", "张三", 3L, roles, certificate, "{hash}", NOW);
    }

    @Test
    void an_inspector_with_a_certificate_is_opened_enabled() {
        UserAccount a = UserAccount.open(" zhang.san ", " 张三 ", 3L, Set.of(Role.INSPECTOR), CERTIFICATE, "{hash}", NOW);

        assertThat(a.getUsername()).isEqualTo("zhang.san");
        assertThat(a.getFullName()).isEqualTo("张三");
        assertThat(a.getDepartmentId()).isEqualTo(3L);
        assertThat(a.getRoles()).containsExactly(Role.INSPECTOR);
        assertThat(a.getCertificate()).isSameAs(CERTIFICATE);
        assertThat(a.isEnabled()).isTrue();
        assertThat(a.getPasswordHash()).isEqualTo("{hash}");
        assertThat(a.getPasswordChangedAt()).isEqualTo(NOW);
    }

    @Test
    void an_inspector_without_a_certificate_needs_its_number_and_dates() {
        assertThat(problemsOf(() -> open(Set.of(Role.INSPECTOR), null))).containsExactlyInAnyOrder(
                "certificateNumber:account.certificate.required",
                "certificateValidUntil:account.certificate.dates");
    }

    @Test
    void an_empty_certificate_counts_as_none() {
        EnforcementCertificate empty = new EnforcementCertificate(null, null, null);

        assertThat(problemsOf(() -> open(Set.of(Role.INSPECTOR), empty))).containsExactlyInAnyOrder(
                "certificateNumber:account.certificate.required",
                "certificateValidUntil:account.certificate.dates");
        assertThat(open(Set.of(Role.SUPERVISOR), empty).getCertificate()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void an_inspector_needs_a_certificate_number_that_is_not_blank(String number) {
        assertThat(problemsOf(() -> open(Set.of(Role.INSPECTOR), new EnforcementCertificate(number, FROM, UNTIL))))
                .containsExactly("certificateNumber:account.certificate.required");
    }

    @Test
    void an_inspector_needs_both_certificate_dates() {
        assertThat(problemsOf(() -> open(Set.of(Role.INSPECTOR), new EnforcementCertificate("冀1", FROM, null))))
                .containsExactly("certificateValidUntil:account.certificate.dates");
        assertThat(problemsOf(() -> open(Set.of(Role.INSPECTOR), new EnforcementCertificate("冀1", null, UNTIL))))
                .containsExactly("certificateValidUntil:account.certificate.dates");
    }

    @Test
    void an_inspector_who_is_also_supervisor_still_needs_a_certificate() {
        assertThat(problemsOf(() -> open(Set.of(Role.SUPERVISOR, Role.INSPECTOR), null)))
                .contains("certificateNumber:account.certificate.required");
    }

    @Test
    void supervisors_and_admins_need_no_certificate() {
        assertThat(open(Set.of(Role.SUPERVISOR), null).getCertificate()).isNull();
        assertThat(open(Set.of(Role.ADMIN), null).getRoles()).containsExactly(Role.ADMIN);
    }

    @Test
    void valid_until_before_valid_from_is_refused() {
        EnforcementCertificate backwards = new EnforcementCertificate("冀1", UNTIL, FROM);

        assertThat(problemsOf(() -> open(Set.of(Role.INSPECTOR), backwards)))
                .containsExactly("certificateValidUntil:account.certificate.order");
        assertThat(problemsOf(() -> open(Set.of(Role.SUPERVISOR), backwards)))
                .containsExactly("certificateValidUntil:account.certificate.order");
    }

    @Test
    void a_certificate_valid_for_a_single_day_is_accepted() {
        EnforcementCertificate oneDay = new EnforcementCertificate("冀1", FROM, FROM);

        assertThat(open(Set.of(Role.INSPECTOR), oneDay).isCertifiedOn(FROM)).isTrue();
    }

    @Test
    void an_inspector_is_certified_from_the_first_to_the_last_valid_day_inclusive() {
        UserAccount a = open(Set.of(Role.INSPECTOR), CERTIFICATE);

        assertThat(a.isCertifiedOn(FROM.minusDays(1))).isFalse();
        assertThat(a.isCertifiedOn(FROM)).isTrue();
        assertThat(a.isCertifiedOn(LocalDate.of(2026, 3, 2))).isTrue();
        assertThat(a.isCertifiedOn(UNTIL)).isTrue();
        assertThat(a.isCertifiedOn(UNTIL.plusDays(1))).isFalse();
    }

    @Test
    void a_certificate_does_not_certify_someone_who_is_not_an_inspector() {
        assertThat(open(Set.of(Role.SUPERVISOR), CERTIFICATE).isCertifiedOn(LocalDate.of(2026, 3, 2))).isFalse();
    }

    @Test
    void an_inspector_whose_role_is_taken_away_is_no_longer_certified() {
        UserAccount a = open(Set.of(Role.INSPECTOR), CERTIFICATE);

        a.revise("张三", 3L, Set.of(Role.SUPERVISOR), CERTIFICATE);

        assertThat(a.isCertifiedOn(LocalDate.of(2026, 3, 2))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "张三", "-zhang", "zhang san", ""})
    void a_username_of_the_wrong_form_is_refused(String username) {
        assertThat(problemsOf(() -> UserAccount.open(username, "张三", 3L, Set.of(Role.ADMIN), null, "{hash}", NOW)))
                .containsExactly("username:account.username.format");
    }

    @Test
    void full_name_and_roles_are_required_and_reported_together() {
        assertThat(problemsOf(() -> UserAccount.open("zhangsan", "  ", 3L, Set.of(), null, "{hash}", NOW)))
                .containsExactlyInAnyOrder("fullName:account.fullName.required", "roles:account.roles.required");
        assertThat(problemsOf(() -> UserAccount.open("zhangsan", null, 3L, null, null, "{hash}", NOW)))
                .containsExactlyInAnyOrder("fullName:account.fullName.required", "roles:account.roles.required");
    }

    @Test
    void a_refused_revision_changes_nothing() {
        UserAccount a = open(Set.of(Role.INSPECTOR), CERTIFICATE);

        assertThat(problemsOf(() -> a.revise("李四", 4L, Set.of(Role.INSPECTOR), null)))
                .contains("certificateNumber:account.certificate.required");
        assertThat(a.getFullName()).isEqualTo("张三");
        assertThat(a.getDepartmentId()).isEqualTo(3L);
        assertThat(a.getCertificate()).isSameAs(CERTIFICATE);
    }

    @Test
    void disable_and_enable_toggle_the_account() {
        UserAccount a = open(Set.of(Role.ADMIN), null);

        a.disable();
        assertThat(a.isEnabled()).isFalse();
        a.enable();
        assertThat(a.isEnabled()).isTrue();
    }

    @Test
    void changing_the_password_records_the_time() {
        UserAccount a = open(Set.of(Role.ADMIN), null);
        Instant later = NOW.plusSeconds(3600);

        a.changePassword("{new}", later);

        assertThat(a.getPasswordHash()).isEqualTo("{new}");
        assertThat(a.getPasswordChangedAt()).isEqualTo(later);
    }

    // --- the account of an enterprise (企业账号) ---

    @Test
    void an_enterprise_account_is_bound_to_its_enterprise_and_holds_the_enterprise_role_alone() {
        UserAccount a = UserAccount.openForEnterprise(" zd-ent ", "恒安化工", 3L, 500L, "{hash}", NOW);

        assertThat(a.getUsername()).isEqualTo("zd-ent");
        assertThat(a.getEnterpriseId()).isEqualTo(500L);
        assertThat(a.isOfEnterprise()).isTrue();
        assertThat(a.getDepartmentId()).isEqualTo(3L);
        assertThat(a.getRoles()).containsExactly(Role.ENTERPRISE);
        assertThat(a.getCertificate()).isNull();
        assertThat(a.isEnabled()).isTrue();
        assertThat(a.snapshot().enterpriseId()).isEqualTo(500L);
        assertThat(a.snapshot().roles()).containsExactly("ENTERPRISE");
    }

    @Test
    void an_enterprise_account_follows_its_enterprise_and_a_staff_account_does_not() {
        UserAccount a = UserAccount.openForEnterprise("zd-ent", "恒安化工", 3L, 500L, "{hash}", NOW);

        UserAccountMovedWithEnterprise moved = a.followEnterpriseTo(2L);

        assertThat(a.getDepartmentId()).isEqualTo(2L);
        assertThat(moved.before().departmentId()).isEqualTo(3L);
        assertThat(moved.after().departmentId()).isEqualTo(2L);
        assertThat(moved.after().enterpriseId()).isEqualTo(500L);
        assertThat(moved.bySelf()).isFalse();
        // an admin still does not move it by hand
        assertThat(problemsOf(() -> a.revise("恒安化工", 3L, Set.of(Role.ENTERPRISE), null)))
                .containsExactly("departmentId:account.enterprise.departmentKept");
        UserAccount staff = UserAccount.open("zd-inspector", "张三", 3L, Set.of(Role.SUPERVISOR), null, "{hash}", NOW);
        assertThatThrownBy(() -> staff.followEnterpriseTo(2L)).isInstanceOf(IllegalStateException.class);
        assertThat(staff.getDepartmentId()).isEqualTo(3L);
    }

    @Test
    void an_enterprise_account_takes_no_other_role_and_no_certificate() {
        UserAccount a = UserAccount.openForEnterprise("zd-ent", "恒安化工", 3L, 500L, "{hash}", NOW);

        assertThat(problemsOf(() -> a.revise("恒安化工", 3L, Set.of(Role.ENTERPRISE, Role.INSPECTOR), CERTIFICATE)))
                .contains("roles:account.enterprise.roleAlone", "certificateNumber:account.enterprise.noCertificate");
        assertThat(problemsOf(() -> a.revise("恒安化工", 3L, Set.of(Role.ADMIN), null)))
                .containsExactly("roles:account.enterprise.roleAlone");
        assertThat(a.getRoles()).containsExactly(Role.ENTERPRISE);
    }

    @Test
    void an_enterprise_account_stays_in_the_department_that_opened_it() {
        UserAccount a = UserAccount.openForEnterprise("zd-ent", "恒安化工", 3L, 500L, "{hash}", NOW);

        assertThat(problemsOf(() -> a.revise("恒安化工", 4L, Set.of(Role.ENTERPRISE), null)))
                .containsExactly("departmentId:account.enterprise.departmentKept");
        a.revise("恒安化工有限公司", 3L, Set.of(Role.ENTERPRISE), null);
        assertThat(a.getFullName()).isEqualTo("恒安化工有限公司");
    }

    @Test
    void a_staff_account_never_holds_the_enterprise_role() {
        assertThat(problemsOf(() -> open(Set.of(Role.ENTERPRISE), null)))
                .containsExactly("roles:account.enterprise.openedFromEnterprise");
        assertThat(problemsOf(() -> open(Set.of(Role.SUPERVISOR, Role.ENTERPRISE), null)))
                .containsExactly("roles:account.enterprise.openedFromEnterprise");
        assertThat(open(Set.of(Role.SUPERVISOR), null).isOfEnterprise()).isFalse();
    }

    @Test
    void an_enterprise_account_needs_a_name_it_can_sign_in_with() {
        assertThat(problemsOf(() -> UserAccount.openForEnterprise("x", "恒安化工", 3L, 500L, "{hash}", NOW)))
                .containsExactly("username:account.username.format");
        assertThat(problemsOf(() -> UserAccount.openForEnterprise("zd-ent2", " ", 3L, 500L, "{hash}", NOW)))
                .containsExactly("fullName:account.fullName.required");
    }
}
