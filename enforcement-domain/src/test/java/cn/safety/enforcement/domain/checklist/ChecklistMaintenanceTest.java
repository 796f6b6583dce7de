package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistMaintenanceTest {

    private static final Location HEBEI = new Location("130000", null, "130000");
    private static final Location SHIJIAZHUANG = new Location("130100", "130100", "130000");
    private static final Location ZHENGDING = new Location("130123", "130100", "130000");

    @Test
    void a_province_admin_maintains_the_national_checklists() {
        Actor admin = new Actor(1, "hb-admin", 10, DivisionLevel.PROVINCE, HEBEI, Set.of(Role.ADMIN));
        assertThat(ChecklistMaintenance.mayMaintain(admin)).isTrue();
    }

    @Test
    void admins_of_cities_and_counties_do_not() {
        Actor city = new Actor(2, "sjz-admin", 20, DivisionLevel.CITY, SHIJIAZHUANG, Set.of(Role.ADMIN));
        Actor county = new Actor(3, "zd-admin", 30, DivisionLevel.COUNTY, ZHENGDING, Set.of(Role.ADMIN));
        assertThat(ChecklistMaintenance.mayMaintain(city)).isFalse();
        assertThatThrownBy(() -> ChecklistMaintenance.requireMayMaintain(county))
                .isInstanceOfSatisfying(OutOfJurisdiction.class, e -> assertThat(e.messageCode())
                        .isEqualTo("checklist.maintain.provinceAdminOnly"));
    }

    @Test
    void a_province_supervisor_or_inspector_does_not() {
        Actor chief = new Actor(4, "hb-chief", 10, DivisionLevel.PROVINCE, HEBEI,
                Set.of(Role.SUPERVISOR, Role.INSPECTOR));
        assertThat(ChecklistMaintenance.mayMaintain(chief)).isFalse();
    }

    @Test
    void an_entrusted_organisation_never_does() {
        Actor entrusted = new Actor(5, "x", 40, DivisionLevel.PROVINCE, HEBEI, Set.of(Role.ADMIN), true);
        assertThat(ChecklistMaintenance.mayMaintain(entrusted)).isFalse();
    }
}
