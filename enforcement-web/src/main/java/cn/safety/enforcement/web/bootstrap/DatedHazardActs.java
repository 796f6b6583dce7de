package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.document.DocumentCounters;
import cn.safety.enforcement.domain.document.DocumentNumberings;
import cn.safety.enforcement.domain.document.DocumentRenderer;
import cn.safety.enforcement.domain.document.IssuedDocuments;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.evidence.AcceptedEvidence;
import cn.safety.enforcement.domain.evidence.AttachingEvidence;
import cn.safety.enforcement.domain.evidence.ContentTypes;
import cn.safety.enforcement.domain.evidence.EvidenceStore;
import cn.safety.enforcement.domain.evidence.Evidences;
import cn.safety.enforcement.domain.hazard.ApplyingForExtension;
import cn.safety.enforcement.domain.hazard.CollectingHazardEvidence;
import cn.safety.enforcement.domain.hazard.DecidingExtension;
import cn.safety.enforcement.domain.hazard.DecidingOnsiteMeasures;
import cn.safety.enforcement.domain.hazard.FindingHazard;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardAccess;
import cn.safety.enforcement.domain.hazard.HazardEvidence;
import cn.safety.enforcement.domain.hazard.HazardFiles;
import cn.safety.enforcement.domain.hazard.Hazards;
import cn.safety.enforcement.domain.hazard.OnsiteMeasure;
import cn.safety.enforcement.domain.hazard.OrderingRectification;
import cn.safety.enforcement.domain.hazard.PlanningRectification;
import cn.safety.enforcement.domain.hazard.RecheckWithinDays;
import cn.safety.enforcement.domain.hazard.RectifyingOnTheSpot;
import cn.safety.enforcement.domain.hazard.ReportingAcceptance;
import cn.safety.enforcement.domain.hazard.ReportingRectification;
import cn.safety.enforcement.domain.hazard.SupervisingHazard;
import cn.safety.enforcement.domain.hazard.VerifyingRectification;
import cn.safety.enforcement.domain.inspection.Inspections;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.notification.Notifications;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * The hazard loop's use cases for the demo, each dated when the demo says it happened: the same domain services the
 * pages call, built for one act with a clock fixed at that instant and run in a transaction of their own, so that the
 * act, its numbered document, its evidence and its entry in the record carry the day of the act, and a deadline set
 * weeks ago may have passed by now. Nothing here writes a row by itself.
 */
@Component
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class DatedHazardActs {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final HazardEvidence hazardEvidence;
    private final RecheckWithinDays recheck;
    private final Enterprises enterprises;
    private final Inspections inspections;
    private final Departments departments;
    private final Deadlines deadlines;
    private final Notifications notifications;
    private final JurisdictionPolicy policy;
    private final IssuedDocuments issued;
    private final DocumentCounters counters;
    private final DocumentNumberings numberings;
    private final DocumentRenderer renderer;
    private final Evidences evidences;
    private final EvidenceStore store;
    private final ContentTypes contentTypes;
    private final AcceptedEvidence accepted;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Clock clock;

    DatedHazardActs(Hazards hazards, HazardAccess access, HazardFiles files, HazardEvidence hazardEvidence,
                    RecheckWithinDays recheck, Enterprises enterprises, Inspections inspections,
                    Departments departments, Deadlines deadlines, Notifications notifications,
                    JurisdictionPolicy policy, IssuedDocuments issued, DocumentCounters counters,
                    DocumentNumberings numberings, DocumentRenderer renderer, Evidences evidences,
                    EvidenceStore store, ContentTypes contentTypes, AcceptedEvidence accepted,
                    ApplicationEventPublisher events, TransactionTemplate tx, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.hazardEvidence = hazardEvidence;
        this.recheck = recheck;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.departments = departments;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.policy = policy;
        this.issued = issued;
        this.counters = counters;
        this.numberings = numberings;
        this.renderer = renderer;
        this.evidences = evidences;
        this.store = store;
        this.contentTypes = contentTypes;
        this.accepted = accepted;
        this.events = events;
        this.tx = tx;
        this.clock = clock;
    }

    /** A clock standing still at {@code when}, in the departments' time zone; never later than now. */
    private Clock at(Instant when) {
        if (when.isAfter(clock.instant())) {
            throw new IllegalArgumentException("a demo act may not be dated in the future: " + when);
        }
        return Clock.fixed(when, clock.getZone());
    }

    private IssuingDocuments issuing(Clock c) {
        return new IssuingDocuments(issued, counters, numberings, departments, renderer, policy, events, c);
    }

    long find(Instant when, Actor actor, FindingHazard.Request request) {
        return tx.execute(s -> new FindingHazard(hazards, enterprises, inspections, files, policy, events, at(when))
                .find(actor, request).hazard().getId());
    }

    void order(Instant when, Actor actor, long id, LocalDate deadline, String requirements) {
        Clock c = at(when);
        tx.executeWithoutResult(s -> new OrderingRectification(hazards, access, files, deadlines, issuing(c), events, c)
                .order(actor, id, deadline, null, requirements, null));
    }

    void plan(Instant when, Actor actor, long id, Hazard.Plan plan) {
        tx.executeWithoutResult(s -> new PlanningRectification(hazards, access, files, events, at(when))
                .plan(actor, id, plan, null));
    }

    /** A photo (the demo's drawn one) attached to the hazard as evidence; its id. */
    long photo(Instant when, Actor actor, long id, String fileName) {
        AttachingEvidence attaching = new AttachingEvidence(evidences, store, contentTypes, accepted, enterprises,
                policy, events, tx, at(when));
        return new CollectingHazardEvidence(access, attaching, hazardEvidence, tx)
                .attach(actor, id, fileName, new ByteArrayInputStream(InspectionDemoData.photo())).getId();
    }

    void report(Instant when, Actor actor, long id, String description, List<Long> evidence) {
        tx.executeWithoutResult(s -> new ReportingRectification(hazards, access, files, hazardEvidence, recheck,
                events, at(when)).report(actor, id, description, evidence, null));
    }

    void acceptance(Instant when, Actor actor, long id, String experts, String conclusion, List<Long> evidence) {
        tx.executeWithoutResult(s -> new ReportingAcceptance(hazards, access, files, hazardEvidence, recheck, events,
                at(when)).report(actor, id, experts, conclusion, evidence, null));
    }

    void verify(Instant when, Actor actor, long id, boolean accept, String opinion, LocalDate newDeadline) {
        Clock c = at(when);
        tx.executeWithoutResult(s -> new VerifyingRectification(hazards, access, files, issuing(c), events, c)
                .verify(actor, id, accept, opinion, newDeadline, null));
    }

    void onTheSpot(Instant when, Actor actor, long id, String description, List<Long> evidence) {
        tx.executeWithoutResult(s -> new RectifyingOnTheSpot(hazards, access, files, hazardEvidence, events,
                at(when)).rectify(actor, id, description, evidence, null));
    }

    void applyForExtension(Instant when, Actor actor, long id, String reasons, LocalDate requested) {
        tx.executeWithoutResult(s -> new ApplyingForExtension(hazards, access, files, events, at(when))
                .apply(actor, id, reasons, requested, null));
    }

    void decideExtension(Instant when, Actor actor, long id, boolean approve, LocalDate granted, String note) {
        tx.executeWithoutResult(s -> new DecidingExtension(hazards, access, files, events, at(when))
                .decide(actor, id, approve, granted, note, null));
    }

    void onsiteMeasures(Instant when, Actor actor, long id, Set<OnsiteMeasure> measures, String detail) {
        Clock c = at(when);
        tx.executeWithoutResult(s -> new DecidingOnsiteMeasures(hazards, access, files, issuing(c), events, c)
                .decide(actor, id, measures, detail, null));
    }

    void liftOnsiteMeasures(Instant when, Actor actor, long id, String review) {
        Clock c = at(when);
        tx.executeWithoutResult(s -> new DecidingOnsiteMeasures(hazards, access, files, issuing(c), events, c)
                .lift(actor, id, review, null));
    }

    void supervise(Instant when, Actor actor, long id, String requirements, LocalDate deadline) {
        Clock c = at(when);
        tx.executeWithoutResult(s -> new SupervisingHazard(hazards, access, files, departments, issuing(c),
                notifications, events, c).supervise(actor, id, requirements, deadline, null));
    }
}
