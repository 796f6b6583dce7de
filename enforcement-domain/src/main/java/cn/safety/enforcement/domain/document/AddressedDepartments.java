package cn.safety.enforcement.domain.document;

import java.util.Optional;

/**
 * Port: the department a document {@link DocumentType#addressedToDepartment() addressed to a department} is addressed
 * to, found through the record it was issued about (the 挂牌督办通知书: the department the supervised hazard is assigned
 * to), so that the department that must act on the document reads it.
 */
public interface AddressedDepartments {

    /** The department document {@code documentId} is addressed to, if it is one addressed to a department. */
    Optional<Long> departmentAddressedBy(long documentId);
}
