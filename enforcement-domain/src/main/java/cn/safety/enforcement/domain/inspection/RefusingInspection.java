package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** 不予批准: a supervisor refuses an unplanned inspection, with the reason; it ends. */
@Service
@Transactional
public class RefusingInspection {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RefusingInspection(Inspections inspections, InspectionAccess access, InspectionFiles files,
            ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public InspectionFiles.InspectionFile refuse(Actor actor, long id, String reason, Long seenVersion) {
        Inspection i = access.toApprove(actor, id, seenVersion);
        InspectionRefused refused = i.refuse(reason, actor.username(), clock.instant());
        Inspection saved = inspections.save(i);
        events.publishEvent(refused);
        return files.of(actor, saved);
    }
}
