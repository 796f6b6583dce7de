package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Map;
import java.util.Set;

/**
 * 导出: the enterprises of the list as the actor filtered it, for a file. The same scope as the list
 * ({@link JurisdictionPolicy#scopeFor}) and the same filters, read newest first by keyset in chunks of {@value #CHUNK},
 * so that an export of a whole province holds one chunk in memory at a time. Each export is recorded in the audit log
 * with its format and filters.
 */
@Service
public class ExportingEnterprises {

    public static final int CHUNK = 1000;

    /** The file an export is written to. */
    public enum Format {
        XLSX, CSV
    }

    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;

    public ExportingEnterprises(Enterprises enterprises, JurisdictionPolicy policy,
                                ApplicationEventPublisher events) {
        this.enterprises = enterprises;
        this.policy = policy;
        this.events = events;
    }

    /**
     * Records the export and opens a cursor over its rows. {@code limit} cuts it after so many rows (null: every row);
     * the cursor tells whether rows were left out.
     */
    @Transactional
    public EnterpriseExport start(Actor actor, EnterpriseFilter filter, Format format, Integer limit) {
        Scope scope = policy.scopeFor(actor);
        events.publishEvent(new EnterprisesExported(actor.departmentId(), format, filter, limit));
        return new EnterpriseExport(enterprises, scope, filter, limit);
    }

    /** How many enterprises the actor's list holds under this filter. */
    @Transactional(readOnly = true)
    public long count(Actor actor, EnterpriseFilter filter) {
        Scope scope = policy.scopeFor(actor);
        Long kept = fromKeptCounts(scope, filter);
        return kept != null ? kept : enterprises.countMatching(scope, filter);
    }

    /**
     * Whether the actor's list holds more than {@code n} enterprises under this filter: from the kept counts when the
     * filter allows, otherwise by looking whether an (n+1)th row exists, never by counting a province.
     */
    @Transactional(readOnly = true)
    public boolean holdsMoreThan(Actor actor, EnterpriseFilter filter, long n) {
        Scope scope = policy.scopeFor(actor);
        Long kept = fromKeptCounts(scope, filter);
        return kept != null ? kept > n : enterprises.holdsMoreThan(scope, filter, n);
    }

    /** The kept counts per department and risk grade answer a filter by department and grade alone; else null. */
    private Long fromKeptCounts(Scope scope, EnterpriseFilter filter) {
        if (blankToNull(filter.q()) != null || blankToNull(filter.divisionCode()) != null || filter.sector() != null
                || filter.feature() != null || !scope.wholeDepartmentsOnly()) {
            return null;
        }
        Scope counted = scope;
        if (filter.departmentId() != null) {
            counted = new Scope(scope.includes(filter.departmentId()) ? Set.of(filter.departmentId()) : Set.of());
        }
        Map<RiskGrade, Long> counts = enterprises.countByRiskGrade(counted);
        if (filter.riskGrade() != null) {
            return counts.getOrDefault(filter.riskGrade(), 0L);
        }
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
