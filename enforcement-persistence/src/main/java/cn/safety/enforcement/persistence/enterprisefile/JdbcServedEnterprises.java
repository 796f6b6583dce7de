package cn.safety.enforcement.persistence.enterprisefile;

import cn.safety.enforcement.domain.document.ServedEnterprises;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.util.Optional;

/**
 * The enterprise a document was served on, through the record it was issued about: the same sources as the time line
 * (an inspection, a hazard), so that a document the file lists is one its enterprise may open, and no other.
 */
@Repository
class JdbcServedEnterprises implements ServedEnterprises {

    private static final String SUBJECTS = String.join(" UNION ALL ", JdbcEnterpriseFileEntries.SOURCES.stream()
            .filter(s -> s.subjectKind() != null)
            .map(s -> "SELECT CAST('" + s.subjectKind() + "' AS varchar) AS subject_kind, x.id, x.enterprise_id FROM "
                    + s.from())
            .toList());

    private final JdbcClient jdbc;

    JdbcServedEnterprises(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Long> enterpriseServedWith(long documentId) {
        return jdbc.sql("SELECT s.enterprise_id FROM issued_document d JOIN (" + SUBJECTS + ") s"
                        + " ON d.subject_kind = s.subject_kind AND d.subject_id = s.id WHERE d.id = :id")
                .param("id", documentId).query(Long.class).optional();
    }
}
