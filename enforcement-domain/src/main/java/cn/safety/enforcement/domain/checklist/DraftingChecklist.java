package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * 起草清单: a province-level admin drafts a new list, or the next version of one as a copy of its newest version's
 * items. A list has at most one draft at a time, and a new version is drafted only from the newest version, so that
 * versions follow one another.
 */
@Service
@Transactional
public class DraftingChecklist {

    private final Checklists checklists;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DraftingChecklist(Checklists checklists, ApplicationEventPublisher events, Clock clock) {
        this.checklists = checklists;
        this.events = events;
        this.clock = clock;
    }

    public Checklist draft(Actor actor, ChecklistHeading heading, List<ChecklistItemDraft> items) {
        ChecklistMaintenance.requireMayMaintain(actor);
        Checklist draft = Checklist.draft(heading, items, actor.username(), clock.instant(), LocalDate.now(clock));
        if (!checklists.versions(draft.getCode()).isEmpty()) {
            throw new Conflict("code", "checklist.code.exists", draft.getCode());
        }
        Checklist saved = checklists.add(draft);
        events.publishEvent(ChecklistDrafted.of(saved, actor.departmentId(), null));
        return saved;
    }

    public Checklist draftNextVersion(Actor actor, long fromId) {
        Checklist from = ChecklistCommand.loadToChange(checklists, actor, fromId, null);
        List<Checklist> versions = checklists.versions(from.getCode());
        if (versions.stream().anyMatch(c -> c.getStatus() == ChecklistStatus.DRAFT)) {
            throw new Conflict("code", "checklist.draft.exists", from.getCode());
        }
        if (versions.stream().anyMatch(c -> c.getVersion() > from.getVersion())) {
            throw new Conflict("id", "checklist.draft.notNewest", from.getVersion());
        }
        Checklist saved = checklists.add(from.draftNextVersion(actor.username(), clock.instant(),
                LocalDate.now(clock)));
        events.publishEvent(ChecklistDrafted.of(saved, actor.departmentId(), from.getId()));
        return saved;
    }
}
