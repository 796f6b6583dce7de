package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.junit.jupiter.api.Test;

import static cn.safety.enforcement.domain.hazard.HazardFixture.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class HazardGuardsTest {

    private final HazardFixture x = new HazardFixture();
    private final Hazard hazard = x.found(HazardGrade.MAJOR);

    private Actor enterpriseAccount() {
        return Actor.ofEnterprise(90, "zd-ent", 3, x.f.zhengdingDept.getLevel(), x.f.zhengdingDept.getLocation(), 77);
    }

    @Test
    void inspectors_and_supervisors_take_the_departments_steps_an_enterprise_or_an_admin_alone_does_not() {
        assertThat(HazardGuards.STAFF_ACTS.apply(x.f.actor(x.f.zhengdingDept, Role.INSPECTOR), hazard)).isEmpty();
        assertThat(HazardGuards.STAFF_ACTS.apply(x.f.actor(x.f.zhengdingDept, Role.SUPERVISOR), hazard)).isEmpty();
        assertThat(HazardGuards.STAFF_ACTS.apply(x.f.actor(x.f.zhengdingDept, Role.ADMIN), hazard))
                .contains("hazard.act.enforcementStaffOnly");
        assertThat(HazardGuards.STAFF_ACTS.apply(enterpriseAccount(), hazard))
                .contains("hazard.act.enforcementStaffOnly");
    }

    @Test
    void only_a_supervisor_decides_and_never_on_their_own_request() {
        Actor chief = x.f.actor(x.f.zhengdingDept, Role.SUPERVISOR);
        assertThat(HazardGuards.SUPERVISOR_DECIDES.apply(chief, hazard)).isEmpty();
        assertThat(HazardGuards.SUPERVISOR_DECIDES.apply(x.f.actor(x.f.zhengdingDept, Role.INSPECTOR), hazard))
                .contains("hazard.decide.supervisorOnly");
        assertThat(HazardGuards.SUPERVISOR_DECIDES.apply(enterpriseAccount(), hazard))
                .contains("hazard.decide.supervisorOnly");
        hazard.requestGradeLowering("理由", chief.username(), NOW);
        assertThat(catchThrowable(() -> HazardGuards.SUPERVISOR_DECIDES.require(chief, hazard)))
                .isInstanceOf(OutOfJurisdiction.class);
        assertThat(HazardGuards.SUPERVISOR_DECIDES.apply(x.f.actor(x.f.zhengdingDept, Role.SUPERVISOR), hazard))
                .isEmpty();
    }

    @Test
    void the_enterprise_account_reads_and_acts_for_its_own_hazard_only() {
        var policy = x.f.policy();
        Actor own = enterpriseAccount();
        Actor other = Actor.ofEnterprise(91, "other-ent", 3, x.f.zhengdingDept.getLevel(),
                x.f.zhengdingDept.getLocation(), 78);
        assertThat(policy.canRead(own, hazard)).isTrue();
        assertThat(policy.canActForEnterprise(own, hazard)).isTrue();
        assertThat(policy.canAct(own, hazard)).isFalse();
        assertThat(policy.canRead(other, hazard)).isFalse();
        assertThat(HazardGuards.ALL).hasSize(2);
    }
}
