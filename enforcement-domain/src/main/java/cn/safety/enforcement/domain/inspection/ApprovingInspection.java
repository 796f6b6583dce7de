package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** 行政检查审批: a supervisor approves an unplanned inspection (it starts, or an urgent start is confirmed). */
@Service
@Transactional
public class ApprovingInspection {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public ApprovingInspection(Inspections inspections, InspectionAccess access, InspectionFiles files,
            ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public InspectionFiles.InspectionFile approve(Actor actor, long id, Long seenVersion) {
        Inspection i = access.toApprove(actor, id, seenVersion);
        InspectionApproved approved = i.approve(actor.username(), clock.instant());
        Inspection saved = inspections.save(i);
        events.publishEvent(approved);
        return files.of(actor, saved);
    }
}
