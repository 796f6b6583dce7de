package cn.safety.enforcement.web.inspection;

import java.util.List;

/** The JSON bodies the inspection API takes. */
final class InspectionRequests {

    private InspectionRequests() {
    }

    /**
     * Start an inspection. {@code startedAt}: ISO 8601 (with offset, or local time in the application's zone), empty
     * for now. {@code imminentDanger}: an unplanned inspection for an imminent danger starts at once (like an
     * accident) and is approved afterwards. {@code acknowledgeRepeat}: true to start a planned inspection although the
     * enterprise has reached the province's yearly cap (重复检查).
     */
    record Start(Long enterpriseId, Long planItemId, String kind, String trigger, List<String> inspectors,
                 List<Long> expertIds, String startedAt, Boolean imminentDanger, Boolean acknowledgeRepeat) {
    }

    /** One person of the enterprise present at a stage: role MAIN_RESPONSIBLE, SAFETY_MANAGER or OPERATOR. */
    record Present(String role, String name) {
    }

    /** A stage: {@code at} ISO 8601 (empty for now), a note, who of the enterprise was present. */
    record Stage(String at, String note, List<Present> present, Long version) {
    }

    /** 移送: to which department (free text, e.g. 市场监管局) and what. */
    record Transfer(String toDepartment, String matter, Long version) {
    }

    /** An approval: the version seen (optional). */
    record Approval(Long version) {
    }

    /** A refusal: the reason, the version seen (optional). */
    record Refusal(String reason, Long version) {
    }
}
