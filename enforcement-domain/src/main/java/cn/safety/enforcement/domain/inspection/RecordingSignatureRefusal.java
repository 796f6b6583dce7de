package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** 拒绝签字: records that the enterprise's representative refused to sign, with a witness. */
@Service
@Transactional
public class RecordingSignatureRefusal {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RecordingSignatureRefusal(Inspections inspections, InspectionAccess access, InspectionFiles files,
                                     ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public InspectionFiles.InspectionFile record(Actor actor, long id, String witness, String note) {
        Inspection i = access.toAct(actor, id, null);
        SiteRecordingPolicy.require(actor, i);
        InspectionSignatureRefused refused = i.recordSignatureRefusal(witness, note, actor.username(),
                clock.instant());
        Inspection saved = inspections.save(i);
        events.publishEvent(refused);
        return files.of(actor, saved);
    }
}
