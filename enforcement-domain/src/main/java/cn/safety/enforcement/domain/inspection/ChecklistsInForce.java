package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItem;
import cn.safety.enforcement.domain.checklist.Checklists;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * 002§(三): an inspection works through the automatic checklists (执法检查重点事项清单) in force on its day for the
 * enterprise's sector and features, every item of each.
 */
@Component
class ChecklistsInForce implements InspectionChecklists {

    private final Checklists checklists;

    ChecklistsInForce(Checklists checklists) {
        this.checklists = checklists;
    }

    @Override
    public List<ChecklistInForce> inForce(Enterprise enterprise, LocalDate day) {
        return checklists.inForce(enterprise.getSector(), enterprise.getFeatures(), day).stream()
                .map(ChecklistsInForce::copy).toList();
    }

    private static ChecklistInForce copy(Checklist c) {
        return new ChecklistInForce(c.getId(), c.getCode(), c.getVersion(), c.getTitle(),
                c.getItems().stream().map(ChecklistsInForce::item).toList());
    }

    private static Item item(ChecklistItem i) {
        return new Item(i.getId(), i.getPosition(), i.getReference(), i.getText(), i.getBasis(), i.isMajor());
    }
}
