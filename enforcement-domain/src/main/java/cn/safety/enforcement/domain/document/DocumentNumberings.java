package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.util.List;
import java.util.Optional;

/** Port: the number patterns departments set. */
public interface DocumentNumberings {

    Optional<DocumentNumbering> findByDepartmentIdAndType(long departmentId, DocumentType type);

    @Unscoped("one department's patterns: the caller has checked that it administers the department")
    List<DocumentNumbering> findByDepartmentId(long departmentId);

    DocumentNumbering save(DocumentNumbering numbering);
}
