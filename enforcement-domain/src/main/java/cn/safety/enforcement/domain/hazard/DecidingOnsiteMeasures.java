package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;

/**
 * 现场处理措施 (安全生产法 第六十五条第一款第（三）项, 002§(十)): where a major hazard cannot be kept safe while it is
 * removed, the inspectors decide 撤出作业人员, 责令暂时停产停业 or 停止使用相关设施设备 and issue the numbered
 * 现场处理措施决定书 in the same transaction; {@link #lift lifting} them needs a supervisor's review (审查同意, 004§14).
 */
@Service
@Transactional
public class DecidingOnsiteMeasures {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final IssuingDocuments issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public DecidingOnsiteMeasures(Hazards hazards, HazardAccess access, HazardFiles files, IssuingDocuments issuing,
                                  ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.issuing = issuing;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile decide(Actor actor, long id, Set<OnsiteMeasure> measures, String detail,
                                         Long seenVersion) {
        Hazard h = access.toAct(actor, id, seenVersion);
        Set<OnsiteMeasure> checked = h.prepareOnsiteMeasures(measures, detail);
        LocalDate today = LocalDate.now(clock);
        HazardFiles.HazardFile file = files.of(actor, h);
        IssuedDocument document = issuing.issue(actor, DocumentRequest.of(DocumentType.ONSITE_MEASURES, h,
                HazardDocuments.SUBJECT_KIND, h.getId(), Party.of(file.enterprise()),
                HazardDocuments.onsiteMeasures(h, file.enterprise(), file.departmentName(), checked, detail,
                        today)));
        HazardOnsiteMeasuresDecided decided = h.decideOnsiteMeasures(checked, detail, document.getId(),
                document.getNumber(), actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(decided);
        return files.of(actor, saved);
    }

    /** Lifts the measures in force after review: a supervisor of the department. */
    public HazardFiles.HazardFile lift(Actor actor, long id, String review, Long seenVersion) {
        Hazard h = access.toDecide(actor, id, seenVersion);
        HazardOnsiteMeasuresLifted lifted = h.liftOnsiteMeasures(review, actor.username(), clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(lifted);
        return files.of(actor, saved);
    }
}
