package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * 三清单 (004§11): the problem list (问题清单: each hazard and its basis), the responsibility list (责任清单: who answers for
 * its rectification, the department and the inspector) and the rectification list (整改清单: measures, deadline, state,
 * acceptance), per enterprise and per department, in keyset pages of the hazards the actor reads (scope first; an
 * enterprise's account reads its own).
 */
@Service
@Transactional(readOnly = true)
public class ListingHazards {

    public static final int MAX_PAGE = 500;

    /** Which of the three lists. */
    public enum Kind { PROBLEM, RESPONSIBILITY, RECTIFICATION }

    private final ReadingHazards reading;
    private final ZoneId zone;

    public ListingHazards(ReadingHazards reading, Clock clock) {
        this.reading = reading;
        this.zone = clock.getZone();
    }

    /** One hazard with every column of the three lists; each list shows its own. */
    public record Line(long id, String enterpriseName, String departmentName, HazardSource source, HazardGrade grade,
                       HazardStatus status, String description, String place, String legalBasis, LocalDate foundOn,
                       String foundBy, String orderedBy, String requirements, String responsiblePerson,
                       String measures, BigDecimal funds, LocalDate plannedCompletion, LocalDate dueOn,
                       boolean overdue, String acceptanceExperts, String acceptanceConclusion, LocalDate verifiedOn,
                       String verifiedBy, LocalDate closedOn) {
    }

    public record Slice(List<Line> lines, Long next) {
    }

    public Slice list(Actor actor, Long departmentId, Long enterpriseId, Long after, int size) {
        if (size < 1 || size > MAX_PAGE) {
            throw new RuleViolation("size", "hazard.list.size", MAX_PAGE);
        }
        Hazards.HazardFilter filter = new Hazards.HazardFilter(null, null, null, enterpriseId, departmentId, null,
                null, null);
        List<Hazard> page = reading.pageFor(actor, filter, after, size + 1);
        boolean more = page.size() > size;
        List<Hazard> shown = more ? page.subList(0, size) : page;
        return new Slice(lines(shown), more ? shown.get(shown.size() - 1).getId() : null);
    }

    private List<Line> lines(List<Hazard> shown) {
        if (shown.isEmpty()) {
            return List.of();
        }
        ReadingHazards.Names named = reading.namesOf(shown);
        Map<Long, String> names = named.enterprises();
        Map<Long, String> departmentNames = named.departments();
        List<Line> lines = new ArrayList<>(shown.size());
        for (Hazard h : shown) {
            HazardReport acceptance = h.getReports().stream().filter(r -> r.getKind() == ReportKind.ACCEPTANCE)
                    .max(Comparator.comparing(HazardReport::getId)).orElse(null);
            HazardVerification accepted = h.getVerifications().stream().filter(HazardVerification::isAccepted)
                    .max(Comparator.comparing(HazardVerification::getId)).orElse(null);
            lines.add(new Line(h.getId(), names.getOrDefault(h.getEnterpriseId(), ""),
                    departmentNames.getOrDefault(h.getDepartmentId(), ""), h.getSource(), h.getGrade(),
                    h.getStatus(), h.getDescription(), h.getPlace(), h.getLegalBasis(), day(h.getFoundAt()),
                    h.getFoundBy(), h.getOrderedBy(), h.getRequirements(), h.getPlanResponsiblePerson(),
                    h.getPlanMeasures(), h.getPlanFunds(), h.getPlanCompletion(), h.getDueOn(), h.isOverdue(),
                    acceptance == null ? null : acceptance.getExperts(),
                    acceptance == null ? null : acceptance.getDescription(),
                    accepted == null ? null : day(accepted.getVerifiedAt()),
                    accepted == null ? null : accepted.getVerifiedBy(), day(h.getClosedAt())));
        }
        return lines;
    }

    private LocalDate day(java.time.Instant at) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }
}
