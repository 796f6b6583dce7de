package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.jurisdiction.ScopedSpecifications;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** The list query: always within the caller's scope, then whatever filters are given, each backed by an index. */
final class EnterpriseSpecifications {

    private static final Pattern CREDIT_CODE_PREFIX = Pattern.compile("[0-9A-HJ-NPQRTUWXY]{2,18}");

    private EnterpriseSpecifications() {
    }

    static Specification<Enterprise> matching(Scope scope, EnterpriseFilter f, Long afterId) {
        return matching(scope, f, afterId, null);
    }

    /** Rows older than {@code afterId} (the next page) or newer than {@code beforeId} (the previous page). */
    static Specification<Enterprise> matching(Scope scope, EnterpriseFilter f, Long afterId, Long beforeId) {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(ScopedSpecifications.<Enterprise>within(scope).toPredicate(root, query, cb));
            if (afterId != null) {
                where.add(cb.lessThan(root.get("id"), afterId));
            }
            if (beforeId != null) {
                where.add(cb.greaterThan(root.get("id"), beforeId));
            }
            if (f.departmentId() != null) {
                where.add(cb.equal(root.get("departmentId"), f.departmentId()));
            }
            if (f.sector() != null) {
                where.add(cb.equal(root.get("sector"), f.sector()));
            }
            if (f.feature() != null) {
                // features @> '{X}': the GIN index on the array column (enterprise_features_idx)
                where.add(cb.isTrue(((HibernateCriteriaBuilder) cb).sql("? @> cast(array[?] as varchar(32)[])", Boolean.class,
                        root.get("features"), cb.literal(f.feature().name()))));
            }
            if (f.riskGrade() != null) {
                where.add(cb.equal(root.get("riskGrade"), f.riskGrade()));
            }
            String division = blankToNull(f.divisionCode());
            if (division != null) {
                var location = root.get("location");
                if (division.endsWith("0000")) {
                    where.add(cb.equal(location.get("provinceCode"), division));
                } else if (division.endsWith("00")) {
                    where.add(cb.equal(location.get("cityCode"), division));
                } else {
                    where.add(cb.equal(location.get("divisionCode"), division));
                }
            }
            String q = blankToNull(f.q());
            if (q != null) {
                Predicate byName = nameContains(root.get("name"), q, (HibernateCriteriaBuilder) cb);
                String upper = q.toUpperCase(Locale.ROOT).replace(" ", "");
                if (CREDIT_CODE_PREFIX.matcher(upper).matches()) {
                    where.add(cb.or(byName, cb.like(root.get("creditCode"), upper + "%")));
                } else {
                    where.add(byName);
                }
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    /**
     * The name contains {@code q}, Latin letters in either case, {@code %} and {@code _} taken literally. The index on
     * the name's characters and pairs of characters ({@code enterprise_name_grams}) finds the candidates for a term of
     * any length, the trigram index too for three characters or more; the ILIKE decides.
     */
    private static Predicate nameContains(Expression<String> name, String q, HibernateCriteriaBuilder cb) {
        Predicate candidates = cb.isTrue(cb.sql("enterprise_name_grams(?) @> enterprise_name_term_grams(?)",
                Boolean.class, name, cb.literal(q)));
        String like = "%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return cb.and(cb.ilike(name, like, '\\'), candidates);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
