package cn.safety.enforcement.domain.testsupport;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;

/**
 * A small piece of the division tree with one department in each division:
 * 河北省 130000 ⊃ 石家庄市 130100 ⊃ {正定县 130123, 栾城县 130124}, and 天津市 120000 ⊃ 滨海新区 120116 (a municipality
 * district, no city level). Department ids are 1 to 6 in that order. Every call builds fresh, mutable objects.
 */
public final class Fixture {

    public static final Instant ESTABLISHED = Instant.parse("2026-01-05T00:00:00Z");

    /** 09:00 on 1 June 2026 in Beijing: the time of the rules tested without a clock of their own. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    public final Division hebei = Division.establish("130000", "河北省", null);
    public final Division shijiazhuang = Division.establish("130100", "石家庄市", hebei);
    public final Division zhengding = Division.establish("130123", "正定县", shijiazhuang);
    public final Division luancheng = Division.establish("130124", "栾城县", shijiazhuang);
    public final Division tianjin = Division.establish("120000", "天津市", null);
    public final Division binhai = Division.establish("120116", "滨海新区", tianjin);

    public final Department hebeiDept = department(1, "河北省应急管理厅", hebei);
    public final Department shijiazhuangDept = department(2, "石家庄市应急管理局", shijiazhuang);
    public final Department zhengdingDept = department(3, "正定县应急管理局", zhengding);
    public final Department luanchengDept = department(4, "栾城县应急管理局", luancheng);
    public final Department tianjinDept = department(5, "天津市应急管理局", tianjin);
    public final Department binhaiDept = department(6, "滨海新区应急管理局", binhai);

    public final FakeDepartments departments = new FakeDepartments()
            .add(hebeiDept).add(shijiazhuangDept).add(zhengdingDept).add(luanchengDept)
            .add(tianjinDept).add(binhaiDept);

    /** Entrustments granted by the test itself; none until it grants one. */
    public final FakeEntrustments entrustments = new FakeEntrustments();

    private long nextUserId = 100;

    public static Department department(long id, String name, Division division) {
        return Reflect.withId(Department.establish(name, division, ESTABLISHED), id);
    }

    /** An organisation entrusted to enforce (受委托组织) in {@code division}. */
    public static Department reflectEntrusted(long id, String name, Division division) {
        return Reflect.withId(Department.establishEntrustedOrganisation(name, division, ESTABLISHED), id);
    }

    /** The policy over these departments and entrustments, at {@link #CLOCK}. */
    public JurisdictionPolicy policy() {
        return new JurisdictionPolicy(departments, entrustments, CLOCK);
    }

    public Actor actor(Department department, Role... roles) {
        long userId = nextUserId++;
        return new Actor(userId, "user" + userId, department.getId(), department.getLevel(),
                department.getLocation(), Set.of(roles));
    }
}
