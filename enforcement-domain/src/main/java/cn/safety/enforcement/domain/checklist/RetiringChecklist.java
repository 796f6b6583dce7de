package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/** 废止: the newest version in force of a list stops applying from a date, with no successor and a reason. */
@Service
@Transactional
public class RetiringChecklist {

    private final Checklists checklists;
    private final ApplicationEventPublisher events;

    public RetiringChecklist(Checklists checklists, ApplicationEventPublisher events) {
        this.checklists = checklists;
        this.events = events;
    }

    public Checklist retire(Actor actor, long id, long seenVersion, LocalDate from, String reason) {
        Checklist checklist = ChecklistCommand.loadToChange(checklists, actor, id, seenVersion);
        if (checklists.versions(checklist.getCode()).stream()
                .anyMatch(c -> c.getVersion() > checklist.getVersion() && c.getStatus() != ChecklistStatus.DRAFT)) {
            throw new Conflict("id", "checklist.retire.notNewest", checklist.getVersion());
        }
        ChecklistRetired retired = checklist.retire(from, reason, actor.departmentId());
        Checklist saved = checklists.save(checklist);
        events.publishEvent(retired);
        return saved;
    }
}
