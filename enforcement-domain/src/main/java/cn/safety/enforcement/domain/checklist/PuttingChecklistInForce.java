package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;

/**
 * 施行: a draft applies from a date; the version before it applies up to that date and stays readable, and the
 * inspections that used it keep referring to its items.
 */
@Service
@Transactional
public class PuttingChecklistInForce {

    private final Checklists checklists;
    private final ApplicationEventPublisher events;

    public PuttingChecklistInForce(Checklists checklists, ApplicationEventPublisher events) {
        this.checklists = checklists;
        this.events = events;
    }

    public Checklist putInForce(Actor actor, long id, long seenVersion, LocalDate from) {
        Checklist draft = ChecklistCommand.loadToChange(checklists, actor, id, seenVersion);
        Optional<Checklist> previous = ChecklistCommand.latestPutInForce(checklists, draft.getCode(),
                draft.getVersion());
        ChecklistPutInForce put = draft.putInForce(from, previous, actor.departmentId());
        previous.ifPresent(checklists::save);
        Checklist saved = checklists.save(draft);
        events.publishEvent(put);
        return saved;
    }
}
