package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Records a stage of an inspection (执法告知, 现场检查, 交流反馈) with who of the enterprise was present. */
@Service
@Transactional
public class RecordingStage {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RecordingStage(Inspections inspections, InspectionAccess access, InspectionFiles files,
            ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    /** {@code at} null means now. */
    public InspectionFiles.InspectionFile record(Actor actor, long id, String stage, Instant at, String note, List<Attendee> present,
                             Long seenVersion) {
        Inspection i = access.toAct(actor, id, seenVersion);
        InspectionStage parsed = parse(stage);
        Instant now = clock.instant();
        InspectionStageRecorded recorded = i.recordStage(parsed, at == null ? now : at, note, present,
                actor.username(), now);
        Inspection saved = inspections.save(i);
        events.publishEvent(recorded);
        return files.of(actor, saved);
    }

    static InspectionStage parse(String stage) {
        try {
            return InspectionStage.valueOf(stage == null ? "" : stage.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("stage", "inspection.stage.unknown");
        }
    }
}
