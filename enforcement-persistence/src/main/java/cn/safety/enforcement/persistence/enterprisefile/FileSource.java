package cn.safety.enforcement.persistence.enterprisefile;

import cn.safety.enforcement.domain.enterprisefile.FileEntryKind;

/**
 * One source of the time line: the table holding entries of one kind, read through its index on
 * {@code (enterprise_id, <time>)}. Each source selects the same columns under the alias {@code x}:
 * {@code at, kind, id, department_id, code, state, title, note, until_at, ref_id}.
 *
 * @param at              the column of the entry's time, of alias {@code x}
 * @param select          the columns after {@code at, kind, id}
 * @param from            the table as {@code x} with the joins the columns need
 * @param scoped          whether staff read its rows within their scope (records under a department's jurisdiction),
 *                        or with the enterprise (its accidents and history)
 * @param forEnterprise   the extra condition for the enterprise's own account
 * @param subjectKind     the {@code issued_document.subject_kind} of documents issued about its records, or null
 */
record FileSource(FileEntryKind kind, String at, String select, String from, boolean scoped, String forEnterprise,
                  String subjectKind) {

    static final FileSource INSPECTION = new FileSource(FileEntryKind.INSPECTION, "x.started_at",
            "x.department_id, x.kind, x.status, NULL, NULL, x.completed_at, x.document_id",
            "inspection x", true, "x.status = 'COMPLETED'", "INSPECTION");

    static final FileSource ACCIDENT = new FileSource(FileEntryKind.ACCIDENT, "x.occurred_at",
            "x.department_id, x.category, x.grade, x.place, NULL, NULL::timestamptz, NULL::bigint",
            "accident x", false, null, null);

    static final FileSource ASSIGNMENT = new FileSource(FileEntryKind.ASSIGNMENT, "x.assigned_at",
            "x.to_department_id, x.kind, NULL, f.name, x.reason, NULL::timestamptz, NULL::bigint",
            "enterprise_assignment x LEFT JOIN department f ON f.id = x.from_department_id", false, null, null);

    /**
     * Hazards (table {@code hazard} of {@code domain.hazard}), dated by when they were found, with their deadline; the
     * documents issued about them (orders, decisions, opinions, notices) come with {@link #DOCUMENT}.
     */
    static final FileSource HAZARD = new FileSource(FileEntryKind.HAZARD, "x.found_at",
            "x.department_id, x.grade, x.status, x.description, NULL,"
                    + " CAST(x.due_on AS timestamp) AT TIME ZONE 'UTC', NULL::bigint",
            "hazard x", true, null, "HAZARD");

}
