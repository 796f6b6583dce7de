package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.Inspections.InspectionFilter;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The list as one statement the indexes answer (docs/benchmark.md): the scope's departments as one
 * {@code department_id IN (...)}, which {@code inspection_started_idx} checks inside the index while it walks the
 * table newest first (a wide scope) and {@code inspection_department_started_idx} turns into one range (one
 * department); the keyset cursor as the row comparison {@code (started_at, id) < (?, ?)}, which starts the scan at the
 * cursor where the equivalent {@code OR} of two conditions would only filter the rows read; the from/to range on the
 * same column. Entrusted parts of departments (a township of a department) are added as their own conditions.
 */
class InspectionPagesImpl implements InspectionPages {

    private final EntityManager entityManager;

    InspectionPagesImpl(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Inspection> page(Scope scope, InspectionFilter filter, Long afterId, int limit) {
        if (scope.isEmpty()) {
            return List.of();
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder jpql = new StringBuilder("select i from Inspection i where (");
        List<String> any = new ArrayList<>();
        if (!scope.departmentIds().isEmpty()) {
            any.add("i.departmentId in :departments");
            params.put("departments", scope.departmentIds());
        }
        int n = 0;
        for (Scope.Part part : scope.parts()) {
            any.add("(i.departmentId = :partDepartment" + n + " and i.townshipId = :partTownship" + n + ")");
            params.put("partDepartment" + n, part.departmentId());
            params.put("partTownship" + n, part.townshipId());
            n++;
        }
        jpql.append(String.join(" or ", any)).append(')');
        if (filter.enterpriseId() != null) {
            jpql.append(" and i.enterpriseId = :enterprise");
            params.put("enterprise", filter.enterpriseId());
        }
        if (filter.from() != null) {
            jpql.append(" and i.startedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            jpql.append(" and i.startedAt < :to");
            params.put("to", filter.to());
        }
        if (afterId != null) {
            List<Instant> cursor = entityManager
                    .createQuery("select i.startedAt from Inspection i where i.id = :id", Instant.class)
                    .setParameter("id", afterId).getResultList();
            if (cursor.isEmpty()) {
                return List.of();
            }
            jpql.append(" and (i.startedAt, i.id) < (:cursorAt, :cursorId)");
            params.put("cursorAt", cursor.get(0));
            params.put("cursorId", afterId);
        }
        jpql.append(" order by i.startedAt desc, i.id desc");
        TypedQuery<Inspection> query = entityManager.createQuery(jpql.toString(), Inspection.class);
        params.forEach(query::setParameter);
        return query.setMaxResults(limit).getResultList();
    }
}
