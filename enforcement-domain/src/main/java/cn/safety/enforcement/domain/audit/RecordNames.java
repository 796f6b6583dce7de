package cn.safety.enforcement.domain.audit;

import java.util.List;
import java.util.Map;

/**
 * Port: the names people read in the record instead of ids and codes. For a page of entries it finds the name of every
 * department (the entries' own and any {@code departmentId} field of their states), every division ({@code
 * divisionCode}, {@code parentCode}), every enterprise ({@code enterpriseId}), every township ({@code townshipId}) and
 * every person who acted (their 姓名, by username): one query per kind for the whole page.
 */
public interface RecordNames {

    Names of(List<AuditEntry> entries);

    /** The names found; what is not found is absent (the system, a name no longer known). */
    record Names(Map<Long, String> departments, Map<String, String> divisions, Map<Long, String> enterprises,
                 Map<String, String> people, Map<Long, String> townships) {

        public static final Names NONE = new Names(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        public Names {
            departments = Map.copyOf(departments);
            divisions = Map.copyOf(divisions);
            enterprises = Map.copyOf(enterprises);
            people = Map.copyOf(people);
            townships = Map.copyOf(townships);
        }

        /** Without townships. */
        public Names(Map<Long, String> departments, Map<String, String> divisions, Map<Long, String> enterprises,
                     Map<String, String> people) {
            this(departments, divisions, enterprises, people, Map.of());
        }
    }
}
