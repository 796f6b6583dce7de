package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Locale;

/** Records the result of one checklist item (符合 / 不符合 / 不适用, a note) of an inspection in progress. */
@Service
@Transactional
public class RecordingResult {

    private final Inspections inspections;
    private final InspectionAccess access;
    private final InspectionFiles files;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public RecordingResult(Inspections inspections, InspectionAccess access, InspectionFiles files,
                           ApplicationEventPublisher events, Clock clock) {
        this.inspections = inspections;
        this.access = access;
        this.files = files;
        this.events = events;
        this.clock = clock;
    }

    public InspectionFiles.InspectionFile record(Actor actor, long id, long checklistItemId, String result,
                                                 String note, Long seenVersion) {
        CheckResult value = parse(result);
        Inspection i = access.toAct(actor, id, seenVersion);
        SiteRecordingPolicy.require(actor, i);
        InspectionResultRecorded recorded = i.recordResult(checklistItemId, value, note, actor.username(),
                clock.instant());
        Inspection saved = inspections.save(i);
        events.publishEvent(recorded);
        return files.of(actor, saved);
    }

    static CheckResult parse(String result) {
        if (result == null || result.isBlank()) {
            throw new RuleViolation("result", "inspection.result.required");
        }
        try {
            return CheckResult.valueOf(result.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("result", "inspection.result.unknown");
        }
    }
}
