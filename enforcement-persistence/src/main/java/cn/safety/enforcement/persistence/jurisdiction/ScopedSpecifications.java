package cn.safety.enforcement.persistence.jurisdiction;

import cn.safety.enforcement.domain.jurisdiction.Scope;
import jakarta.persistence.criteria.Predicate;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;

/**
 * The one scope filter of every list, count, search and export of records under jurisdiction: the record's assigned
 * department is one of the scope's whole departments, or the record lies in a township entrusted to the reader
 * (department and township both match). Works for any entity that maps its assigned department as {@value #DEPARTMENT}
 * and its township as {@value #TOWNSHIP}, as every {@code UnderJurisdiction} entity does. An empty scope matches
 * nothing.
 */
public final class ScopedSpecifications {

    public static final String DEPARTMENT = "departmentId";
    public static final String TOWNSHIP = "townshipId";

    private ScopedSpecifications() {
    }

    public static <T> Specification<T> within(Scope scope) {
        return (root, query, cb) -> {
            List<Predicate> any = new ArrayList<>();
            if (!scope.departmentIds().isEmpty()) {
                any.add(root.get(DEPARTMENT).in(scope.departmentIds()));
            }
            for (Scope.Part part : scope.parts()) {
                any.add(cb.and(cb.equal(root.get(DEPARTMENT), part.departmentId()),
                        cb.equal(root.get(TOWNSHIP), part.townshipId())));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }
}
