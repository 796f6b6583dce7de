package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * 编辑检查事项: a draft's items are replaced by those typed on the page or read from a sheet; every item is checked
 * first and a single bad one leaves the draft as it was.
 */
@Service
@Transactional
public class EditingChecklistItems {

    private final Checklists checklists;
    private final ApplicationEventPublisher events;

    public EditingChecklistItems(Checklists checklists, ApplicationEventPublisher events) {
        this.checklists = checklists;
        this.events = events;
    }

    /** {@code fileName}: the sheet the items came from; null when typed on the page. */
    public Checklist replaceItems(Actor actor, long id, Long seenVersion, List<ChecklistItemDraft> items,
                                  String fileName) {
        Checklist checklist = ChecklistCommand.loadToChange(checklists, actor, id, seenVersion);
        ChecklistItemsRevised revised = checklist.reviseItems(items, fileName, actor.departmentId());
        Checklist saved = checklists.saveWithItems(checklist);
        events.publishEvent(revised);
        return saved;
    }
}
