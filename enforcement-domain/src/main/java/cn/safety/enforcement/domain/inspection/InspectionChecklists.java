package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.enterprise.Enterprise;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: the checklists (执法检查重点事项清单, 002§(三)) an inspection of {@code enterprise} uses on {@code day}: the versions
 * in force for its sector and features, each with its items.
 */
public interface InspectionChecklists {

    List<ChecklistInForce> inForce(Enterprise enterprise, LocalDate day);

    /** A checklist version with its items, as the inspection copies them. */
    record ChecklistInForce(long id, String code, int version, String title, List<Item> items) {
    }

    /** One item: its reference inside the standard, what is checked, the citation, whether failing it is major. */
    record Item(long id, int position, String reference, String text, String basis, boolean major) {
    }
}
