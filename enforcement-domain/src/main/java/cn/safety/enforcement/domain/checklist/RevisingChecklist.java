package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 修改草稿: a draft's heading changes, on the version the admin saw. */
@Service
@Transactional
public class RevisingChecklist {

    private final Checklists checklists;
    private final ApplicationEventPublisher events;

    public RevisingChecklist(Checklists checklists, ApplicationEventPublisher events) {
        this.checklists = checklists;
        this.events = events;
    }

    public Checklist revise(Actor actor, long id, long seenVersion, ChecklistHeading heading) {
        Checklist checklist = ChecklistCommand.loadToChange(checklists, actor, id, seenVersion);
        ChecklistRevised revised = checklist.revise(heading, actor.departmentId());
        Checklist saved = checklists.save(checklist);
        events.publishEvent(revised);
        return saved;
    }
}
