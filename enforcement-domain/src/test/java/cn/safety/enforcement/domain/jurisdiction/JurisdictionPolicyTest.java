package cn.safety.enforcement.domain.jurisdiction;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.testsupport.Fixture;
import org.junit.jupiter.api.Test;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JurisdictionPolicyTest {

    private final Fixture f = new Fixture();
    private final JurisdictionPolicy policy = f.policy();

    private final Actor zhengdingInspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
    private final Actor zhengdingSupervisor = f.actor(f.zhengdingDept, Role.SUPERVISOR);
    private final Actor zhengdingAdmin = f.actor(f.zhengdingDept, Role.ADMIN);
    private final Actor cityInspector = f.actor(f.shijiazhuangDept, Role.INSPECTOR);
    private final Actor citySupervisor = f.actor(f.shijiazhuangDept, Role.SUPERVISOR);
    private final Actor cityAdmin = f.actor(f.shijiazhuangDept, Role.ADMIN);
    private final Actor provinceAdmin = f.actor(f.hebeiDept, Role.ADMIN);
    private final Actor tianjinSupervisor = f.actor(f.tianjinDept, Role.SUPERVISOR);

    /** Any record under jurisdiction: the policy sees an assigned department and a location, nothing else. */
    record Held(long assignedDepartmentId, Location location, Long townshipId) implements UnderJurisdiction {
    }

    private static UnderJurisdiction assignedTo(Department department) {
        return new Held(department.getId(), department.getLocation(), null);
    }

    /** A record of one enterprise (a hazard, an order served on it). */
    record OfOne(long assignedDepartmentId, Location location, long enterpriseId)
            implements UnderJurisdiction, OfEnterprise {
    }

    private Actor enterpriseAccountOf(long enterpriseId) {
        Department d = f.zhengdingDept;
        return Actor.ofEnterprise(90, "zd-ent", d.getId(), d.getLevel(), d.getLocation(), enterpriseId);
    }

    // --- the account of an enterprise ---

    @Test
    void an_enterprise_account_reads_the_records_of_its_own_enterprise_and_nothing_of_its_department() {
        Actor ent = enterpriseAccountOf(500);
        OfOne own = new OfOne(f.zhengdingDept.getId(), f.zhengdingDept.getLocation(), 500);
        OfOne other = new OfOne(f.zhengdingDept.getId(), f.zhengdingDept.getLocation(), 501);

        assertThat(policy.canRead(ent, own)).isTrue();
        assertThat(policy.canRead(ent, other)).isFalse();
        assertThatThrownBy(() -> policy.requireCanRead(ent, other)).isInstanceOf(NotFound.class);
        assertThat(policy.canRead(ent, assignedTo(f.zhengdingDept))).isFalse();
        assertThat(policy.canRead(ent, f.zhengdingDept.getId())).isFalse();
        assertThat(policy.scopeFor(ent).isEmpty()).isTrue();
        assertThat(policy.visibleDepartments(ent)).isEmpty();
    }

    @Test
    void an_enterprise_account_acts_only_as_its_enterprise_and_never_as_the_department() {
        Actor ent = enterpriseAccountOf(500);
        OfOne own = new OfOne(f.zhengdingDept.getId(), f.zhengdingDept.getLocation(), 500);
        OfOne other = new OfOne(f.zhengdingDept.getId(), f.zhengdingDept.getLocation(), 501);

        assertThatCode(() -> policy.requireCanActForEnterprise(ent, own)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireCanActForEnterprise(ent, other)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.requireCanAct(ent, own)).isInstanceOf(OutOfJurisdiction.class)
                .hasMessage("jurisdiction.act.ownDepartmentOnly");
        assertThat(policy.canRegisterAt(ent, f.zhengdingDept.getLocation())).isFalse();
    }

    @Test
    void the_department_acts_for_the_enterprise_and_a_department_that_only_reads_is_refused_with_403() {
        OfOne own = new OfOne(f.zhengdingDept.getId(), f.zhengdingDept.getLocation(), 500);

        assertThatCode(() -> policy.requireCanActForEnterprise(zhengdingInspector, own)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireCanActForEnterprise(citySupervisor, own))
                .isInstanceOf(OutOfJurisdiction.class);
        assertThatThrownBy(() -> policy.requireCanActForEnterprise(tianjinSupervisor, own))
                .isInstanceOf(NotFound.class);
    }

    /** A record of the city addressed to the county (a 挂牌督办通知书), about one of the county's enterprises. */
    record Addressed(long assignedDepartmentId, Location location, long addressedDepartmentId)
            implements UnderJurisdiction, AddressedTo {
    }

    @Test
    void a_record_addressed_to_a_county_is_read_by_that_county_and_acted_on_only_by_its_issuer() {
        Addressed notice = new Addressed(f.shijiazhuangDept.getId(), f.zhengdingDept.getLocation(),
                f.zhengdingDept.getId());

        assertThat(policy.canRead(zhengdingInspector, notice)).isTrue();
        assertThat(policy.canRead(zhengdingSupervisor, notice)).isTrue();
        assertThat(policy.canRead(citySupervisor, notice)).isTrue();
        assertThat(policy.canRead(provinceAdmin, notice)).isTrue();
        assertThatThrownBy(() -> policy.requireCanAct(zhengdingSupervisor, notice))
                .isInstanceOf(OutOfJurisdiction.class).hasMessage("jurisdiction.act.ownDepartmentOnly");
        assertThatCode(() -> policy.requireCanAct(citySupervisor, notice)).doesNotThrowAnyException();
        // another county, another province, the enterprise's own account: as if it did not exist
        assertThat(policy.canRead(f.actor(f.luanchengDept, Role.SUPERVISOR), notice)).isFalse();
        assertThatThrownBy(() -> policy.requireCanRead(tianjinSupervisor, notice)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.requireCanRead(enterpriseAccountOf(500), notice))
                .isInstanceOf(NotFound.class);
        // without the address the county does not read what the city holds
        assertThat(policy.canRead(zhengdingInspector, assignedTo(f.shijiazhuangDept))).isFalse();
    }

    @Test
    void an_enterprise_account_holds_the_enterprise_role_alone() {
        Department d = f.zhengdingDept;
        assertThatThrownBy(() -> new Actor(1, "x", d.getId(), d.getLevel(), d.getLocation(),
                java.util.Set.of(Role.ENTERPRISE, Role.INSPECTOR), false, 500L))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(1, "x", d.getId(), d.getLevel(), d.getLocation(),
                java.util.Set.of(Role.ENTERPRISE), false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void only_an_admin_of_the_enterprises_own_department_opens_its_account() {
        UnderJurisdiction enterprise = assignedTo(f.zhengdingDept);

        assertThatCode(() -> policy.requireCanOpenEnterpriseAccount(zhengdingAdmin, enterprise))
                .doesNotThrowAnyException();
        assertThat(policy.canOpenEnterpriseAccount(zhengdingAdmin, enterprise)).isTrue();
        // the admin above reads the enterprise but does not answer for who acts as it
        assertThatThrownBy(() -> policy.requireCanOpenEnterpriseAccount(cityAdmin, enterprise))
                .isInstanceOf(OutOfJurisdiction.class).hasMessage("jurisdiction.act.ownDepartmentOnly");
        assertThatThrownBy(() -> policy.requireCanOpenEnterpriseAccount(provinceAdmin, enterprise))
                .isInstanceOf(OutOfJurisdiction.class);
        assertThatThrownBy(() -> policy.requireCanOpenEnterpriseAccount(zhengdingInspector, enterprise))
                .isInstanceOf(OutOfJurisdiction.class).hasMessage("jurisdiction.admin.only");
        assertThatThrownBy(() -> policy.requireCanOpenEnterpriseAccount(tianjinSupervisor, enterprise))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.requireCanOpenEnterpriseAccount(enterpriseAccountOf(500), enterprise))
                .isInstanceOf(NotFound.class);
        assertThat(policy.canOpenEnterpriseAccount(cityAdmin, enterprise)).isFalse();
    }

    // --- what is visible ---

    @Test
    void an_inspector_sees_only_the_own_department() {
        assertThat(policy.scopeFor(zhengdingInspector).departmentIds()).containsExactly(3L);
        assertThat(policy.visibleDepartments(zhengdingInspector)).containsExactly(f.zhengdingDept);
        assertThat(policy.scopeFor(cityInspector).departmentIds()).containsExactly(2L);
    }

    @Test
    void a_second_department_in_the_same_division_is_neither_listed_nor_readable_for_a_supervisor() {
        Department detachment = Fixture.department(7, "石家庄市应急管理综合行政执法支队", f.shijiazhuang);
        f.departments.add(detachment);

        assertThat(policy.scopeFor(citySupervisor).departmentIds()).containsExactlyInAnyOrder(2L, 3L, 4L)
                .doesNotContain(7L);
        assertThat(policy.canRead(citySupervisor, 7L)).isFalse();
        assertThat(policy.scopeFor(provinceAdmin).departmentIds()).contains(7L);
        assertThat(policy.canRead(provinceAdmin, 7L)).isTrue();
    }

    @Test
    void an_admin_administers_the_own_department_and_those_below_but_not_one_beside_it() {
        Department detachment = Fixture.department(7, "石家庄市应急管理综合行政执法支队", f.shijiazhuang);
        f.departments.add(detachment);
        Actor detachmentAdmin = f.actor(detachment, Role.ADMIN);

        assertThatCode(() -> policy.requireCanAdministerDepartment(detachmentAdmin, detachment)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireCanAdministerDepartment(detachmentAdmin, f.shijiazhuangDept))
                .isInstanceOf(NotFound.class);
        assertThatCode(() -> policy.requireCanAdministerDepartment(cityAdmin, f.zhengdingDept)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireCanAdministerDepartment(citySupervisor, f.zhengdingDept))
                .isInstanceOf(OutOfJurisdiction.class);
    }

    @Test
    void a_county_admin_cannot_rename_or_retire_the_own_county_but_a_city_admin_can() {
        assertThatThrownBy(() -> policy.requireCanAdministerDivision(zhengdingAdmin, f.zhengding.location()))
                .isInstanceOf(NotFound.class);
        assertThatCode(() -> policy.requireCanAdministerDivision(cityAdmin, f.zhengding.location()))
                .doesNotThrowAnyException();
    }

    @Test
    void only_province_admins_verify_the_whole_audit_chain() {
        assertThatCode(() -> policy.requireCanVerifyAudit(provinceAdmin)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireCanVerifyAudit(cityAdmin)).isInstanceOf(OutOfJurisdiction.class);
    }

    @Test
    void a_province_admin_verifies_the_chain_of_the_own_province_and_no_other() {
        Actor tianjinAdmin = f.actor(f.tianjinDept, Role.ADMIN);

        assertThat(policy.requireCanVerifyAudit(provinceAdmin)).isEqualTo("130000");
        assertThat(policy.requireCanVerifyAudit(tianjinAdmin)).isEqualTo("120000");
        assertThat(policy.canVerifyAudit(cityAdmin)).isFalse();
    }

    @Test
    void an_inspector_of_the_city_cannot_read_what_is_assigned_to_its_counties() {
        assertThat(policy.canRead(cityInspector, 2L)).isTrue();
        assertThat(policy.canRead(cityInspector, 3L)).isFalse();
        assertThatThrownBy(() -> policy.requireCanRead(cityInspector, assignedTo(f.zhengdingDept)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_city_supervisor_sees_the_city_and_its_counties_but_not_the_province_nor_tianjin() {
        assertThat(policy.scopeFor(citySupervisor).departmentIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(policy.canRead(citySupervisor, 1L)).isFalse();
        assertThat(policy.canRead(citySupervisor, 5L)).isFalse();
        assertThat(policy.canRead(citySupervisor, 6L)).isFalse();
        assertThat(policy.canRead(citySupervisor, 4L)).isTrue();
    }

    @Test
    void a_city_admin_sees_the_city_and_its_counties_but_not_the_province_nor_tianjin() {
        assertThat(policy.scopeFor(cityAdmin).departmentIds()).containsExactlyInAnyOrder(2L, 3L, 4L);
        assertThat(policy.visibleDepartments(cityAdmin))
                .containsExactly(f.shijiazhuangDept, f.zhengdingDept, f.luanchengDept);
        assertThat(policy.canRead(cityAdmin, 1L)).isFalse();
        assertThat(policy.canRead(cityAdmin, 6L)).isFalse();
    }

    @Test
    void a_province_admin_sees_all_of_the_province_and_nothing_of_tianjin() {
        assertThat(policy.scopeFor(provinceAdmin).departmentIds()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
    }

    @Test
    void a_municipality_supervisor_sees_its_districts() {
        assertThat(policy.scopeFor(tianjinSupervisor).departmentIds()).containsExactlyInAnyOrder(5L, 6L);
        assertThat(policy.canRead(tianjinSupervisor, 6L)).isTrue();
        assertThat(policy.canRead(tianjinSupervisor, 3L)).isFalse();
    }

    @Test
    void a_county_supervisor_does_not_see_the_sibling_county() {
        assertThat(policy.scopeFor(zhengdingSupervisor).departmentIds()).containsExactly(3L);
        assertThat(policy.canRead(zhengdingSupervisor, 4L)).isFalse();
    }

    @Test
    void a_department_that_does_not_exist_is_not_readable() {
        assertThat(policy.canRead(provinceAdmin, 99L)).isFalse();
    }

    @Test
    void a_county_never_sees_a_city_assigned_enterprise_and_is_told_not_found() {
        UnderJurisdiction cityEnterprise = assignedTo(f.shijiazhuangDept);

        for (Actor county : new Actor[] {zhengdingInspector, zhengdingSupervisor, zhengdingAdmin}) {
            assertThat(policy.canRead(county, 2L)).isFalse();
            assertThatThrownBy(() -> policy.requireCanRead(county, cityEnterprise))
                    .isInstanceOf(NotFound.class).isNotInstanceOf(OutOfJurisdiction.class);
            assertThatThrownBy(() -> policy.requireCanAct(county, cityEnterprise))
                    .isInstanceOf(NotFound.class);
        }
    }

    @Test
    void a_county_does_not_see_what_the_province_has_either() {
        assertThatThrownBy(() -> policy.requireCanRead(zhengdingAdmin, assignedTo(f.hebeiDept)))
                .isInstanceOf(NotFound.class);
    }

    // --- acting ---

    @Test
    void an_upper_supervisor_may_read_a_county_enterprise_but_not_act_on_it() {
        UnderJurisdiction countyEnterprise = assignedTo(f.zhengdingDept);

        assertThatCode(() -> policy.requireCanRead(citySupervisor, countyEnterprise)).doesNotThrowAnyException();
        assertThat(policy.canAct(citySupervisor, countyEnterprise)).isFalse();
        assertThatThrownBy(() -> policy.requireCanAct(citySupervisor, countyEnterprise))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.act.ownDepartmentOnly"));
    }

    @Test
    void anyone_may_act_on_what_is_assigned_to_the_own_department() {
        UnderJurisdiction own = assignedTo(f.zhengdingDept);

        assertThatCode(() -> policy.requireCanAct(zhengdingInspector, own)).doesNotThrowAnyException();
        assertThat(policy.canAct(zhengdingInspector, own)).isTrue();
    }

    // --- registering ---

    @Test
    void registering_within_the_own_area_is_allowed() {
        assertThatCode(() -> policy.requireCanRegisterAt(zhengdingInspector, f.zhengding.location()))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanRegisterAt(cityInspector, f.zhengding.location()))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanRegisterAt(tianjinSupervisor, f.binhai.location()))
                .doesNotThrowAnyException();
    }

    @Test
    void registering_at_a_location_outside_the_own_area_is_refused_on_the_division_field() {
        assertThat(problemsOf(() -> policy.requireCanRegisterAt(zhengdingInspector, f.luancheng.location())))
                .containsExactly("divisionCode:jurisdiction.location.outside");
        assertThat(problemsOf(() -> policy.requireCanRegisterAt(zhengdingInspector, f.shijiazhuang.location())))
                .containsExactly("divisionCode:jurisdiction.location.outside");
        assertThat(problemsOf(() -> policy.requireCanRegisterAt(cityAdmin, f.binhai.location())))
                .containsExactly("divisionCode:jurisdiction.location.outside");
    }

    // --- reassigning ---

    @Test
    void a_non_admin_who_sees_the_enterprise_may_not_reassign_it() {
        UnderJurisdiction countyEnterprise = assignedTo(f.zhengdingDept);

        assertThat(policy.canReassign(citySupervisor, countyEnterprise)).isFalse();
        assertThatThrownBy(() -> policy.requireCanReassign(citySupervisor, countyEnterprise, f.shijiazhuangDept,
                f.zhengding.location()))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.reassign.adminOnly"));
        assertThatThrownBy(() -> policy.requireCanReassign(zhengdingInspector, countyEnterprise, f.shijiazhuangDept,
                f.zhengding.location()))
                .isInstanceOf(OutOfJurisdiction.class);
    }

    @Test
    void an_admin_who_cannot_see_the_enterprise_is_told_not_found() {
        assertThatThrownBy(() -> policy.requireCanReassign(zhengdingAdmin, assignedTo(f.shijiazhuangDept),
                f.zhengdingDept, f.zhengding.location()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void an_admin_may_reassign_to_a_department_of_the_own_area_that_contains_the_location() {
        UnderJurisdiction cityEnterprise = assignedTo(f.shijiazhuangDept);

        assertThat(policy.canReassign(cityAdmin, cityEnterprise)).isTrue();
        assertThatCode(() -> policy.requireCanReassign(cityAdmin, cityEnterprise, f.zhengdingDept,
                f.zhengding.location())).doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanReassign(provinceAdmin, assignedTo(f.zhengdingDept),
                f.shijiazhuangDept, f.zhengding.location())).doesNotThrowAnyException();
    }

    @Test
    void an_admin_may_not_reassign_to_a_department_outside_the_own_area_and_is_told_as_for_an_unknown_one() {
        UnderJurisdiction countyEnterprise = assignedTo(f.zhengdingDept);

        assertThat(problemsOf(() -> policy.requireCanReassign(cityAdmin, countyEnterprise, f.hebeiDept,
                f.zhengding.location())))
                .containsExactly("departmentId:department.unknown");
        assertThat(problemsOf(() -> policy.requireCanReassign(cityAdmin, countyEnterprise, f.tianjinDept,
                f.zhengding.location())))
                .containsExactly("departmentId:department.unknown");
    }

    @Test
    void an_admin_may_not_reassign_to_a_department_beside_the_own_in_the_same_division() {
        // the enterprise would sit where nobody above sees it and nobody could move it back
        Department besideCity = Fixture.department(7, "石家庄市另设执法机构", f.shijiazhuang);
        f.departments.add(besideCity);
        Department besideCounty = Fixture.department(8, "正定县另设执法机构", f.zhengding);
        f.departments.add(besideCounty);
        UnderJurisdiction countyEnterprise = assignedTo(f.zhengdingDept);

        assertThat(problemsOf(() -> policy.requireCanReassign(cityAdmin, countyEnterprise, besideCity,
                f.zhengding.location())))
                .containsExactly("departmentId:department.unknown");
        assertThat(problemsOf(() -> policy.requireCanReassign(zhengdingAdmin, countyEnterprise, besideCounty,
                f.zhengding.location())))
                .containsExactly("departmentId:department.unknown");
        assertThat(policy.reassignmentTargets(zhengdingAdmin, countyEnterprise, f.zhengding.location())).isEmpty();
        // the province admin sees both (strictly below the province) and may move it there
        assertThatCode(() -> policy.requireCanReassign(provinceAdmin, countyEnterprise, besideCounty,
                f.zhengding.location())).doesNotThrowAnyException();
    }

    @Test
    void an_admin_may_not_reassign_to_a_department_that_does_not_contain_the_location() {
        assertThat(problemsOf(() -> policy.requireCanReassign(cityAdmin, assignedTo(f.zhengdingDept),
                f.luanchengDept, f.zhengding.location())))
                .containsExactly("departmentId:jurisdiction.reassign.targetMustContain");
    }

    // --- taking over ---

    @Test
    void an_upper_supervisor_or_admin_may_take_over() {
        UnderJurisdiction countyEnterprise = assignedTo(f.zhengdingDept);

        assertThat(policy.canTakeOver(citySupervisor, countyEnterprise)).isTrue();
        assertThatCode(() -> policy.requireCanTakeOver(citySupervisor, countyEnterprise)).doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanTakeOver(provinceAdmin, countyEnterprise)).doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanTakeOver(provinceAdmin, assignedTo(f.shijiazhuangDept)))
                .doesNotThrowAnyException();
    }

    @Test
    void taking_over_from_the_own_department_is_refused() {
        UnderJurisdiction cityEnterprise = assignedTo(f.shijiazhuangDept);

        assertThat(policy.canTakeOver(citySupervisor, cityEnterprise)).isFalse();
        assertThatThrownBy(() -> policy.requireCanTakeOver(citySupervisor, cityEnterprise))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.takeOver.upperOnly"));
    }

    @Test
    void an_inspector_may_not_take_over() {
        assertThatThrownBy(() -> policy.requireCanTakeOver(zhengdingInspector, assignedTo(f.zhengdingDept)))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.takeOver.upperOnly"));
        assertThat(policy.canTakeOver(cityInspector, assignedTo(f.zhengdingDept))).isFalse();
        assertThatThrownBy(() -> policy.requireCanTakeOver(cityInspector, assignedTo(f.zhengdingDept)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void a_lower_department_cannot_take_over_from_above() {
        assertThat(policy.canTakeOver(zhengdingSupervisor, assignedTo(f.shijiazhuangDept))).isFalse();
        assertThatThrownBy(() -> policy.requireCanTakeOver(zhengdingSupervisor, assignedTo(f.shijiazhuangDept)))
                .isInstanceOf(NotFound.class);
    }

    // --- administering ---

    @Test
    void an_admin_administers_the_own_division_and_everything_below() {
        assertThatCode(() -> policy.requireCanAdminister(cityAdmin, f.shijiazhuang.location()))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanAdminister(cityAdmin, f.zhengding.location()))
                .doesNotThrowAnyException();
        assertThat(policy.canAdminister(cityAdmin, f.luancheng.location())).isTrue();
    }

    @Test
    void an_admin_is_told_not_found_for_anything_outside_the_own_area() {
        assertThat(policy.canAdminister(cityAdmin, f.hebei.location())).isFalse();
        assertThatThrownBy(() -> policy.requireCanAdminister(cityAdmin, f.hebei.location()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.requireCanAdminister(cityAdmin, f.binhai.location()))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> policy.requireCanAdminister(zhengdingAdmin, f.luancheng.location()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void only_admins_administer() {
        assertThat(policy.canAdminister(citySupervisor, f.zhengding.location())).isFalse();
        assertThatThrownBy(() -> policy.requireCanAdminister(citySupervisor, f.zhengding.location()))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.admin.only"));
        assertThatThrownBy(() -> policy.requireCanAdminister(zhengdingInspector, f.zhengding.location()))
                .isInstanceOf(OutOfJurisdiction.class);
    }

    // --- any record under jurisdiction, not only enterprises ---

    @Test
    void the_policy_decides_any_record_by_its_department_and_location_alone() {
        // e.g. a hazard record of 正定县: nothing but the two facts of UnderJurisdiction
        UnderJurisdiction hazard = new Held(f.zhengdingDept.getId(), f.zhengding.location(), null);

        assertThatCode(() -> policy.requireCanAct(zhengdingInspector, hazard)).doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanRead(citySupervisor, hazard)).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.requireCanRead(tianjinSupervisor, hazard)).isInstanceOf(NotFound.class);
        assertThat(policy.scopeFor(citySupervisor).covers(hazard)).isTrue();
        assertThat(policy.scopeFor(f.actor(f.luanchengDept, Role.SUPERVISOR)).covers(hazard)).isFalse();
    }

    @Test
    void role_checks_live_in_rights_and_the_policy_asks_them() {
        assertThat(Rights.readsBelow(citySupervisor)).isTrue();
        assertThat(Rights.readsBelow(cityInspector)).isFalse();
        assertThat(Rights.reassigns(cityAdmin)).isTrue();
        assertThat(Rights.reassigns(citySupervisor)).isFalse();
        assertThat(Rights.designates(cityAdmin)).isTrue();
        assertThat(Rights.designates(citySupervisor)).isFalse();
        assertThat(Rights.entrusts(zhengdingAdmin)).isTrue();
        assertThat(Rights.entrusts(zhengdingInspector)).isFalse();
    }

    // --- 指定管辖 ---

    @Test
    void an_admin_of_the_common_upper_department_designates_a_department_below_containing_the_location() {
        UnderJurisdiction disputed = assignedTo(f.luanchengDept);
        // the enterprise lies in 正定县 but was registered by 栾城县 (say, before a move): the city designates
        UnderJurisdiction atZhengding = new Held(f.luanchengDept.getId(), f.zhengding.location(), null);

        assertThatCode(() -> policy.requireCanDesignate(cityAdmin, atZhengding, f.luanchengDept, f.zhengdingDept))
                .doesNotThrowAnyException();
        assertThatCode(() -> policy.requireCanDesignate(provinceAdmin, disputed, f.luanchengDept, f.shijiazhuangDept))
                .doesNotThrowAnyException();
        assertThat(policy.designationTargets(cityAdmin, atZhengding, f.luanchengDept))
                .containsExactly(f.zhengdingDept);
    }

    @Test
    void a_supervisor_of_the_common_upper_department_may_not_designate_and_is_told_it_is_for_admins() {
        UnderJurisdiction disputed = new Held(f.luanchengDept.getId(), f.zhengding.location(), null);

        assertThatThrownBy(() -> policy.requireCanDesignate(citySupervisor, disputed, f.luanchengDept,
                f.zhengdingDept))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.designate.adminOnly"));
        assertThat(policy.designationTargets(citySupervisor, disputed, f.luanchengDept)).isEmpty();
    }

    @Test
    void an_admin_of_the_disputing_department_itself_is_not_above_it_and_may_not_designate() {
        Actor luanchengAdmin = f.actor(f.luanchengDept, Role.ADMIN);
        UnderJurisdiction disputed = new Held(f.luanchengDept.getId(), f.zhengding.location(), null);

        assertThatThrownBy(() -> policy.requireCanDesignate(luanchengAdmin, disputed, f.luanchengDept,
                f.zhengdingDept))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.designate.upperOnly"));
    }

    @Test
    void an_admin_who_cannot_see_the_enterprise_is_told_not_found_rather_than_refused() {
        UnderJurisdiction disputed = assignedTo(f.luanchengDept);

        assertThatThrownBy(() -> policy.requireCanDesignate(zhengdingAdmin, disputed, f.luanchengDept,
                f.zhengdingDept)).isInstanceOf(NotFound.class).isNotInstanceOf(OutOfJurisdiction.class);
        assertThatThrownBy(() -> policy.requireCanDesignate(f.actor(f.tianjinDept, Role.ADMIN), disputed,
                f.luanchengDept, f.zhengdingDept)).isInstanceOf(NotFound.class);
    }

    @Test
    void designating_the_own_department_or_one_that_does_not_contain_the_location_is_refused_on_the_field() {
        UnderJurisdiction disputed = new Held(f.luanchengDept.getId(), f.zhengding.location(), null);

        assertThat(problemsOf(() -> policy.requireCanDesignate(cityAdmin, disputed, f.luanchengDept,
                f.shijiazhuangDept))).containsExactly("departmentId:jurisdiction.designate.targetBelowOnly");
        assertThat(problemsOf(() -> policy.requireCanDesignate(provinceAdmin, assignedTo(f.zhengdingDept),
                f.zhengdingDept, f.luanchengDept)))
                .containsExactly("departmentId:jurisdiction.reassign.targetMustContain");
        assertThat(problemsOf(() -> policy.requireCanDesignate(cityAdmin, disputed, f.luanchengDept, f.tianjinDept)))
                .containsExactly("departmentId:department.unknown");
    }

    @Test
    void the_nearest_department_settling_a_dispute_between_two_counties_of_one_city_is_their_city() {
        assertThat(policy.nearestSettling(f.zhengdingDept, f.luanchengDept)).contains(f.shijiazhuangDept);
        assertThat(policy.nearestSettling(f.luanchengDept, f.zhengdingDept)).contains(f.shijiazhuangDept);
    }

    @Test
    void counties_of_two_cities_go_to_the_province_and_two_provinces_to_no_one() {
        Division baoding = Division.establish("130600", "保定市", f.hebei);
        Division mancheng = Division.establish("130607", "满城区", baoding);
        Department baodingDept = Fixture.department(8, "保定市应急管理局", baoding);
        Department manchengDept = Fixture.department(9, "保定市满城区应急管理局", mancheng);
        f.departments.add(baodingDept).add(manchengDept);

        assertThat(policy.nearestSettling(manchengDept, f.zhengdingDept)).contains(f.hebeiDept);
        assertThat(policy.nearestSettling(f.zhengdingDept, baodingDept)).contains(f.hebeiDept);
        assertThat(policy.nearestSettling(f.zhengdingDept, f.binhaiDept)).isEmpty();
        assertThat(policy.nearestSettling(f.hebeiDept, f.binhaiDept)).isEmpty();
    }

    @Test
    void between_a_department_and_one_below_it_the_upper_one_settles_itself_not_the_province() {
        assertThat(policy.nearestSettling(f.zhengdingDept, f.shijiazhuangDept)).contains(f.shijiazhuangDept);
        assertThat(policy.nearestSettling(f.shijiazhuangDept, f.zhengdingDept)).contains(f.shijiazhuangDept);
        assertThat(policy.nearestSettling(f.hebeiDept, f.zhengdingDept)).contains(f.hebeiDept);
        assertThat(policy.nearestSettling(f.zhengdingDept, f.hebeiDept)).contains(f.hebeiDept);
        assertThat(policy.nearestSettling(f.binhaiDept, f.tianjinDept)).contains(f.tianjinDept);
    }

    @Test
    void a_department_beside_another_in_the_same_division_is_not_above_it() {
        Department detachment = Fixture.department(7, "石家庄市应急管理综合行政执法支队", f.shijiazhuang);
        f.departments.add(detachment);

        assertThat(policy.nearestSettling(detachment, f.shijiazhuangDept)).contains(f.hebeiDept);
        // the detachment holds it: the county below goes to the city's 应急管理局 only if that is above the holder
        assertThat(policy.nearestSettling(detachment, f.zhengdingDept)).contains(detachment);
        assertThat(policy.nearestSettling(f.zhengdingDept, detachment)).contains(detachment);
    }

    @Test
    void a_county_without_a_city_department_goes_to_the_province() {
        f.departments.remove(f.shijiazhuangDept);

        assertThat(policy.nearestSettling(f.zhengdingDept, f.luanchengDept)).contains(f.hebeiDept);
    }

    // --- 委托执法 ---

    private static final java.time.ZoneId SHANGHAI = java.time.ZoneId.of("Asia/Shanghai");

    private final cn.safety.enforcement.domain.division.Township zhufutun = cn.safety.enforcement.domain.testsupport
            .Reflect.withId(cn.safety.enforcement.domain.division.Township.establish("诸福屯镇",
                    cn.safety.enforcement.domain.division.TownshipKind.TOWN, null, f.zhengding), 900L);
    private final cn.safety.enforcement.domain.division.Township xincheng = cn.safety.enforcement.domain.testsupport
            .Reflect.withId(cn.safety.enforcement.domain.division.Township.establish("新城铺镇",
                    cn.safety.enforcement.domain.division.TownshipKind.TOWN, null, f.zhengding), 901L);
    private final Department office = Fixture.reflectEntrusted(10, "诸福屯镇安全生产监管办公室", f.zhengding);
    private final Actor entrustedUser = new Actor(300, "zd-entrusted", 10, f.zhengding.getLevel(),
            f.zhengding.location(), java.util.Set.of(Role.INSPECTOR), true);

    private JurisdictionPolicy entrustedOn(java.time.LocalDate day) {
        f.departments.add(office);
        cn.safety.enforcement.domain.testsupport.FakeEntrustments entrustments =
                new cn.safety.enforcement.domain.testsupport.FakeEntrustments();
        entrustments.save(Entrustment.grant(f.zhengdingDept, office, zhufutun, java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 12, 31), "正应急委〔2026〕1号", "zd-admin", Fixture.ESTABLISHED));
        return new JurisdictionPolicy(f.departments, entrustments,
                java.time.Clock.fixed(day.atStartOfDay(SHANGHAI).plusHours(9).toInstant(), SHANGHAI));
    }

    private UnderJurisdiction zhengdingAt(cn.safety.enforcement.domain.division.Township t) {
        return new Held(f.zhengdingDept.getId(), f.zhengding.location(), t == null ? null : t.getId());
    }

    @Test
    void an_entrusted_organisation_acts_on_the_entrusting_departments_records_in_its_township_during_the_period() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));
        UnderJurisdiction inTownship = zhengdingAt(zhufutun);

        assertThatCode(() -> p.requireCanAct(entrustedUser, inTownship)).doesNotThrowAnyException();
        assertThat(p.actingDepartmentId(entrustedUser, inTownship)).isEqualTo(f.zhengdingDept.getId());
        assertThat(p.entrustmentFor(entrustedUser, inTownship)).get()
                .extracting(Entrustment::getDocumentNumber).isEqualTo("正应急委〔2026〕1号");
        assertThat(p.scopeFor(entrustedUser).departmentIds()).isEmpty();
        assertThat(p.scopeFor(entrustedUser).parts()).containsExactly(new Scope.Part(3L, 900L));
    }

    @Test
    void an_entrusted_organisation_is_told_not_found_for_the_rest_of_the_county_and_for_records_without_a_township() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));

        assertThatThrownBy(() -> p.requireCanRead(entrustedUser, zhengdingAt(xincheng))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> p.requireCanAct(entrustedUser, zhengdingAt(null))).isInstanceOf(NotFound.class);
        assertThat(p.canRead(entrustedUser, f.zhengdingDept.getId())).isFalse();
    }

    @Test
    void an_entrusted_organisation_does_not_reach_another_departments_records_even_in_its_township() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));
        // a city-assigned enterprise lying in 诸福屯镇: the entrustment is the county's, not the city's
        UnderJurisdiction cityOne = new Held(f.shijiazhuangDept.getId(), f.zhengding.location(), zhufutun.getId());

        assertThatThrownBy(() -> p.requireCanRead(entrustedUser, cityOne)).isInstanceOf(NotFound.class);
    }

    @Test
    void an_entrustment_before_or_after_its_period_gives_nothing() {
        for (java.time.LocalDate day : new java.time.LocalDate[] {java.time.LocalDate.of(2025, 12, 31),
                java.time.LocalDate.of(2027, 1, 1)}) {
            JurisdictionPolicy p = entrustedOn(day);
            assertThat(p.scopeFor(entrustedUser).isEmpty()).as("on %s", day).isTrue();
            assertThatThrownBy(() -> p.requireCanAct(entrustedUser, zhengdingAt(zhufutun)))
                    .as("on %s", day).isInstanceOf(NotFound.class);
        }
        assertThat(entrustedOn(java.time.LocalDate.of(2026, 12, 31)).canAct(entrustedUser, zhengdingAt(zhufutun)))
                .as("the last day is included").isTrue();
    }

    @Test
    void an_entrusted_organisation_may_not_move_a_record_out_of_its_area() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));

        assertThat(problemsOf(() -> p.requireStillWithin(entrustedUser, zhengdingAt(xincheng))))
                .containsExactly("divisionCode:jurisdiction.entrusted.outsideArea");
        assertThatCode(() -> p.requireStillWithin(entrustedUser, zhengdingAt(zhufutun))).doesNotThrowAnyException();
    }

    @Test
    void an_entrusted_organisation_never_entrusts_further_registers_reassigns_or_takes_over() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));
        Actor entrustedAdmin = new Actor(301, "zd-entrusted-admin", 10, f.zhengding.getLevel(),
                f.zhengding.location(), java.util.Set.of(Role.ADMIN, Role.SUPERVISOR), true);

        assertThatThrownBy(() -> p.requireCanEntrust(entrustedAdmin, office, zhufutun))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("entrustment.noFurtherEntrusting"));
        assertThatThrownBy(() -> p.requireCanRegisterAt(entrustedAdmin, f.zhengding.location()))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.entrusted.noRegistering"));
        assertThat(p.canReassign(entrustedAdmin, zhengdingAt(zhufutun))).isFalse();
        assertThat(p.canTakeOver(entrustedAdmin, zhengdingAt(zhufutun))).isFalse();
        assertThat(Rights.imports(entrustedAdmin)).isFalse();
    }

    @Test
    void a_department_entrusts_only_its_own_area_and_only_its_admins_do() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));
        Actor luanchengAdmin = f.actor(f.luanchengDept, Role.ADMIN);

        assertThatCode(() -> p.requireCanEntrust(zhengdingAdmin, f.zhengdingDept, zhufutun)).doesNotThrowAnyException();
        assertThat(problemsOf(() -> p.requireCanEntrust(luanchengAdmin, f.luanchengDept, zhufutun)))
                .containsExactly("townshipId:entrustment.township.outside");
        assertThatThrownBy(() -> p.requireCanEntrust(zhengdingInspector, f.zhengdingDept, zhufutun))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        e -> assertThat(e.messageCode()).isEqualTo("jurisdiction.admin.only"));
    }

    @Test
    void an_entrusted_organisation_is_never_a_target_of_reassignment_or_designation() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));
        UnderJurisdiction disputed = new Held(f.luanchengDept.getId(), f.zhengding.location(), null);

        assertThat(p.reassignmentTargets(cityAdmin, assignedTo(f.zhengdingDept), f.zhengding.location()))
                .doesNotContain(office);
        assertThat(p.designationTargets(cityAdmin, disputed, f.luanchengDept)).doesNotContain(office);
        assertThat(problemsOf(() -> p.requireCanDesignate(cityAdmin, disputed, f.luanchengDept, office)))
                .containsExactly("departmentId:jurisdiction.assign.enforcementOnly");
    }

    @Test
    void the_entrusted_organisation_reads_its_entrustment_a_county_beside_is_told_not_found() {
        JurisdictionPolicy p = entrustedOn(java.time.LocalDate.of(2026, 6, 1));
        Entrustment e = Entrustment.grant(f.zhengdingDept, office, zhufutun, java.time.LocalDate.of(2026, 1, 1),
                java.time.LocalDate.of(2026, 12, 31), "正应急委〔2026〕1号", "zd-admin", Fixture.ESTABLISHED);

        assertThat(p.canReadEntrustment(entrustedUser, e)).isTrue();
        assertThat(p.canReadEntrustment(citySupervisor, e)).isTrue();
        assertThatThrownBy(() -> p.requireCanReadEntrustment(f.actor(f.luanchengDept, Role.ADMIN), e))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> p.requireCanEndEntrustment(citySupervisor, e, f.zhengdingDept))
                .isInstanceOfSatisfying(OutOfJurisdiction.class,
                        x -> assertThat(x.messageCode()).isEqualTo("jurisdiction.admin.only"));
        assertThatCode(() -> p.requireCanEndEntrustment(cityAdmin, e, f.zhengdingDept)).doesNotThrowAnyException();
    }
}
