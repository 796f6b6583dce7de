package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.Deadlines;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
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
import java.time.temporal.ChronoUnit;

/**
 * 责令限期整改 (督办, R5, R13): the department orders a found hazard rectified by a deadline — a date, or working days
 * from today counted by the calendar across holidays ({@link Deadlines}) — and issues the numbered 责令限期整改指令书 in
 * the same transaction: the number is consumed exactly when the order is recorded.
 */
@Service
@Transactional
public class OrderingRectification {

    private final Hazards hazards;
    private final HazardAccess access;
    private final HazardFiles files;
    private final Deadlines deadlines;
    private final IssuingDocuments issuing;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public OrderingRectification(Hazards hazards, HazardAccess access, HazardFiles files, Deadlines deadlines,
                                 IssuingDocuments issuing, ApplicationEventPublisher events, Clock clock) {
        this.hazards = hazards;
        this.access = access;
        this.files = files;
        this.deadlines = deadlines;
        this.issuing = issuing;
        this.events = events;
        this.clock = clock;
    }

    public HazardFiles.HazardFile order(Actor actor, long id, LocalDate deadline, Integer workingDays,
                                        String requirements, Long seenVersion) {
        Hazard h = access.toAct(actor, id, seenVersion);
        LocalDate today = LocalDate.now(clock);
        Hazard.Order order = h.prepareOrder(requirements, deadline(today, deadline, workingDays),
                source(deadline, workingDays), today);
        HazardFiles.HazardFile file = files.of(actor, h);
        IssuedDocument document = issuing.issue(actor, DocumentRequest.of(DocumentType.RECTIFICATION_ORDER, h,
                HazardDocuments.SUBJECT_KIND, h.getId(), Party.of(file.enterprise()),
                HazardDocuments.rectificationOrder(h, file.enterprise(), file.departmentName(), order, today)));
        HazardOrdered ordered = h.order(order, document.getId(), document.getNumber(), actor.username(),
                clock.instant());
        Hazard saved = hazards.save(h);
        events.publishEvent(ordered);
        return files.of(actor, saved);
    }

    /** The deadline of the order: a date as given, or working days from today on the calendar. */
    Deadline deadline(LocalDate today, LocalDate date, Integer workingDays) {
        if (date != null && workingDays != null) {
            throw new RuleViolation("deadline", "hazard.deadline.both");
        }
        if (workingDays != null) {
            if (workingDays < 1 || workingDays > Deadlines.MAX_DAYS) {
                throw new RuleViolation("workingDays", "calendar.days.range", String.valueOf(Deadlines.MAX_DAYS));
            }
            return deadlines.of(today, workingDays, PeriodUnit.WORKING_DAYS);
        }
        if (date == null) {
            return null;
        }
        return new Deadline(today, (int) Math.min(ChronoUnit.DAYS.between(today, date), Integer.MAX_VALUE),
                PeriodUnit.CALENDAR_DAYS, date, false);
    }

    private static String source(LocalDate date, Integer workingDays) {
        return workingDays != null ? "责令之日起" + workingDays + "个工作日（按工作日历，不含法定节假日）"
                : date != null ? "指令书确定的日期" : null;
    }
}
