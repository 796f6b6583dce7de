package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * An admin of a department (or of one above it) sets the department's number pattern for a document type. The pattern
 * must hold {@code {year}} and {@code {n}} once each ({@link NumberPattern}); the year's count goes on unchanged.
 */
@Service
@Transactional
public class SettingDocumentNumbering {

    private final DocumentNumberings numberings;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public SettingDocumentNumbering(DocumentNumberings numberings, Departments departments, JurisdictionPolicy policy,
                                    ApplicationEventPublisher events, Clock clock) {
        this.numberings = numberings;
        this.departments = departments;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public DocumentNumbering set(Actor actor, long departmentId, String type, String pattern) {
        Department department = departments.findById(departmentId)
                .orElseThrow(() -> new NotFound("Department", departmentId));
        policy.requireCanAdministerDepartment(actor, department);
        DocumentType t = DocumentType.parse(type);
        if (t == null) {
            throw new RuleViolation("type", "document.type.unknown");
        }
        NumberPattern p = NumberPattern.parse("pattern", pattern);
        var existing = numberings.findByDepartmentIdAndType(departmentId, t);
        if (existing.isPresent()) {
            DocumentNumbering n = existing.get();
            DocumentNumberingChanged changed = n.change(p, actor.username(), clock.instant());
            numberings.save(n);
            events.publishEvent(changed);
            return n;
        }
        DocumentNumbering n = numberings.save(DocumentNumbering.set(departmentId, t, p, actor.username(),
                clock.instant()));
        events.publishEvent(DocumentNumberingSet.of(n));
        return n;
    }
}
