package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;

/** Where an enterprise may sit: in a county, or in a city that has no counties (东莞, 中山, 儋州); never higher. */
final class EnterpriseLocation {

    private EnterpriseLocation() {
    }

    static boolean allows(Division division, Divisions divisions) {
        return switch (division.getLevel()) {
            case COUNTY -> true;
            case CITY -> !divisions.existsByParentCode(division.getCode());
            case PROVINCE -> false;
        };
    }
}
