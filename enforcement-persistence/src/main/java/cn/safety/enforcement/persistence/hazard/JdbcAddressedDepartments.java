package cn.safety.enforcement.persistence.hazard;

import cn.safety.enforcement.domain.document.AddressedDepartments;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.hazard.HazardDocuments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The department a 挂牌督办通知书 (or its correction) is addressed to: the one the hazard it was issued about is assigned
 * to now, which must act on it.
 */
@Repository
class JdbcAddressedDepartments implements AddressedDepartments {

    private final JdbcClient jdbc;

    JdbcAddressedDepartments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> departmentAddressedBy(long documentId) {
        return jdbc.sql("SELECT h.department_id FROM issued_document d JOIN hazard h ON h.id = d.subject_id"
                        + " WHERE d.id = :id AND d.subject_kind = :kind AND d.type = :type")
                .param("id", documentId).param("kind", HazardDocuments.SUBJECT_KIND)
                .param("type", DocumentType.SUPERVISION_NOTICE.name())
                .query(Long.class).optional();
    }
}
