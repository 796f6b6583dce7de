package cn.safety.enforcement.domain.jurisdiction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void the_legal_reviewer_is_a_role_of_its_own_beside_the_head_who_approves() {
        assertThat(Role.values()).containsExactly(Role.INSPECTOR, Role.SUPERVISOR, Role.LEGAL_REVIEWER, Role.ADMIN,
                Role.ENTERPRISE);
        assertThat(Role.valueOf("LEGAL_REVIEWER")).isNotEqualTo(Role.SUPERVISOR);
    }

    @Test
    void every_role_name_fits_the_role_column() {
        for (Role r : Role.values()) {
            assertThat(r.name().length()).as(r.name()).isLessThanOrEqualTo(16);
        }
    }
}
