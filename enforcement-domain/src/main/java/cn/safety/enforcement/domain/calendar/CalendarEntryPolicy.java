package cn.safety.enforcement.domain.calendar;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

/**
 * Who enters the calendar: it is national reference data, the same for everyone, so an admin of a province-level
 * department (省级) enters or replaces a year for all; admins of cities and counties read it.
 */
public final class CalendarEntryPolicy {

    private CalendarEntryPolicy() {
    }

    public static boolean mayEnter(Actor actor) {
        return actor.has(Role.ADMIN) && actor.departmentLevel() == DivisionLevel.PROVINCE;
    }

    public static void requireMayEnter(Actor actor) {
        if (!mayEnter(actor)) {
            throw new OutOfJurisdiction("calendar.enter.provinceAdminOnly");
        }
    }
}
