package cn.safety.enforcement.persistence.audit;

import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.RecordNames;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names the ids and codes of a page of entries with one query per kind. The ids are read from the entries' columns and
 * from the fields of their states that hold references by convention: {@code departmentId} (and any field naming a
 * department by its role, {@code supervisedByDepartmentId}), {@code divisionCode},
 * {@code parentCode}, {@code enterpriseId}; and a division's or department's own entries name it by their id.
 */
@Repository
class JdbcRecordNames implements RecordNames {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcClient jdbc;

    JdbcRecordNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Names of(List<AuditEntry> entries) {
        Set<Long> departments = new HashSet<>();
        Set<String> divisions = new HashSet<>();
        Set<Long> enterprises = new HashSet<>();
        Set<String> people = new HashSet<>();
        Set<Long> townships = new HashSet<>();
        for (AuditEntry e : entries) {
            if (e.departmentId() != null) {
                departments.add(e.departmentId());
            }
            people.add(e.username());
            if ("Division".equals(e.aggregateType())) {
                divisions.add(e.aggregateId());
            }
            for (String state : new String[]{e.before(), e.after()}) {
                if (state == null || state.isBlank()) {
                    continue;
                }
                JsonNode json = JSON.readTree(state);
                // departmentId, and the departments a state names by role (supervisedByDepartmentId, …)
                for (var field : json.properties()) {
                    if ((field.getKey().equals("departmentId") || field.getKey().endsWith("DepartmentId"))
                            && field.getValue().isIntegralNumber()) {
                        departments.add(field.getValue().asLong());
                    }
                }
                if (json.path("enterpriseId").isIntegralNumber()) {
                    enterprises.add(json.path("enterpriseId").asLong());
                }
                if (json.path("townshipId").isIntegralNumber()) {
                    townships.add(json.path("townshipId").asLong());
                }
                for (String key : new String[]{"divisionCode", "parentCode"}) {
                    if (json.path(key).isString()) {
                        divisions.add(json.path(key).asString());
                    }
                }
            }
        }
        return new Names(byLong("SELECT id, name FROM department WHERE id IN (:ids)", departments),
                byText("SELECT code, name FROM division WHERE code IN (:ids)", divisions),
                byLong("SELECT id, name FROM enterprise WHERE id IN (:ids)", enterprises),
                byText("SELECT username, full_name FROM app_user WHERE username IN (:ids)", people),
                byLong("SELECT id, name FROM township WHERE id IN (:ids)", townships));
    }

    private Map<Long, String> byLong(String sql, Collection<Long> ids) {
        Map<Long, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                found.put(rs.getLong(1), rs.getString(2));
            });
        }
        return found;
    }

    private Map<String, String> byText(String sql, Collection<String> ids) {
        Map<String, String> found = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql(sql).param("ids", ids).query(rs -> {
                found.put(rs.getString(1), rs.getString(2));
            });
        }
        return found;
    }
}
