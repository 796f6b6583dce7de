package cn.safety.enforcement.persistence.hazard;

/**
 * The SQL that notifies the people of a hazard's department, shared by the overdue job's statements and the
 * supervision acts: given a CTE {@code marked(id, department_id, found_by, ordered_by, due)} and the parameters
 * {@code :kind} and {@code :now}, it inserts one notification per person.
 */
public final class HazardNotices {

    /** The division of the department one level above {@code d}: its city, else its province; none for a province. */
    public static final String UPPER_DIVISION = "CASE d.level WHEN 'COUNTY' THEN coalesce(d.city_code, d.province_code)"
            + " WHEN 'CITY' THEN d.province_code END";

    /**
     * The notifications of the department of each hazard of {@code marked}: by name the inspectors who found and
     * ordered it (still of that department, enabled), and the department's supervisors who are not among them.
     */
    public static final String DEPARTMENT_NOTICES = """
            people AS (
                INSERT INTO notification (recipient_user_id, recipient_department_id, recipient_role, kind, hazard_id,
                                          due_on, created_at)
                SELECT DISTINCT u.id, m.department_id, CAST(NULL AS varchar), CAST(:kind AS varchar), m.id, m.due,
                       CAST(:now AS timestamptz)
                FROM marked m
                JOIN app_user u ON u.department_id = m.department_id AND u.enabled
                                AND u.username IN (m.found_by, m.ordered_by)
                RETURNING 1
            ), supervisors AS (
                INSERT INTO notification (recipient_user_id, recipient_department_id, recipient_role, kind, hazard_id,
                                          due_on, created_at)
                SELECT u.id, m.department_id, 'SUPERVISOR', CAST(:kind AS varchar), m.id, m.due,
                       CAST(:now AS timestamptz)
                FROM marked m
                JOIN app_user u ON u.department_id = m.department_id AND u.enabled
                                AND u.username NOT IN (m.found_by, coalesce(m.ordered_by, ''))
                JOIN app_user_role r ON r.user_id = u.id AND r.role = 'SUPERVISOR'
                RETURNING 1
            )""";

    private HazardNotices() {
    }
}
