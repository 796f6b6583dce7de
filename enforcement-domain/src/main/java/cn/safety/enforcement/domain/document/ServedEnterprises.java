package cn.safety.enforcement.domain.document;

import java.util.Optional;

/**
 * Port: the enterprise a document was served on, found through the record it was issued about (an inspection of the
 * enterprise, one of its hazards), so that the enterprise's own account reads the documents served on it and no
 * other.
 */
public interface ServedEnterprises {

    /** The enterprise document {@code documentId} was served on, if it was issued about a record of one. */
    Optional<Long> enterpriseServedWith(long documentId);
}
