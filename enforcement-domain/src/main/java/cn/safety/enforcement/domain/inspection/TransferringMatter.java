package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** 移送 (002§(十)): a problem found that belongs to another department is transferred, with a record. */
@Service
@Transactional
public class TransferringMatter {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public TransferringMatter(Inspections inspections, InspectionAccess access, InspectionFiles files,
            ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public InspectionFiles.InspectionFile transfer(Actor actor, long id, String toDepartment, String matter, Long seenVersion) {
        Inspection i = access.toAct(actor, id, seenVersion);
        InspectionTransferred transferred = i.transfer(toDepartment, matter, actor.username(), clock.instant());
        Inspection saved = inspections.save(i);
        events.publishEvent(transferred);
        return files.of(actor, saved);
    }
}
