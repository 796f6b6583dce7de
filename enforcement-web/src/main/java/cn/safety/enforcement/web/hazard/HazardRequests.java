package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** The JSON bodies the hazard API takes; {@code version} (optional) is the hazard's version seen: 409 when changed. */
final class HazardRequests {

    private HazardRequests() {
    }

    /** A hazard found: {@code source} INSPECTION, SELF_REPORT or COMPLAINT, {@code grade} GENERAL or MAJOR. */
    record Find(Long enterpriseId, Long inspectionId, Long checklistItemId, String source, String grade,
                String description, String place, String legalBasis, String internalNote) {
    }

    /** 责令限期整改: a {@code deadline} date, or {@code workingDays} from today; the requirements. */
    record Order(LocalDate deadline, Integer workingDays, String requirements, Long version) {
    }

    /** 五落实: goal, responsible person, funds (yuan), measures, planned completion. */
    record Plan(String goal, String responsiblePerson, BigDecimal funds, String measures,
                LocalDate plannedCompletion, Long version) {
    }

    /** The rectification done, with evidence ids of this hazard. */
    record RectificationReport(String description, List<Long> evidenceIds, Long version) {
    }

    /** 验收 (major hazards): the experts, their conclusion, evidence ids (their report). */
    record Acceptance(String experts, String conclusion, List<Long> evidenceIds, Long version) {
    }

    /** 核查: accepted (销号) or not, the opinion, and when rejected the new deadline. */
    record Verification(Boolean accepted, String opinion, LocalDate newDeadline, Long version) {
    }

    /** 当场整改: what was done, with evidence ids of this hazard. */
    record OnTheSpot(String description, List<Long> evidenceIds, Long version) {
    }

    /** 延期申请: the reasons and the deadline asked for. */
    record Extension(String reasons, LocalDate requestedDeadline, Long version) {
    }

    /** A supervisor's decision: approved or not, the new deadline when approved, a note. */
    record Decision(Boolean approved, LocalDate newDeadline, String note, Long version) {
    }

    /** 现场处理措施: WITHDRAW_WORKERS, SUSPEND_PRODUCTION, STOP_EQUIPMENT, with details. */
    record OnsiteMeasures(List<String> measures, String detail, Long version) {
    }

    /** Lifting the on-site measures after review: what the review found. */
    record Lift(String review, Long version) {
    }

    /** Asking to lower the grade (MAJOR to GENERAL): the reason. */
    record GradeChange(String grade, String reason, Long version) {
    }

    /** The constant of {@code type} named {@code value} (any case), null for none; unknown: 400 on {@code field}. */
    static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field, "hazard.value.unknown", value.strip());
        }
    }

    static void require(Object body) {
        if (body == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
    }
}
