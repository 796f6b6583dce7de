package cn.safety.enforcement.domain.document;

import java.util.OptionalInt;

/**
 * Port: the counter of each department's documents per type and year (R13). {@link #next} moves the counter inside the
 * caller's transaction and holds its row until that transaction ends, so that numbers have no gaps (a rolled-back
 * issue gives its number back) and no duplicates (a second issue waits for the first).
 */
public interface DocumentCounters {

    /** The serial of the next document, 1 for the first of the year; must run in the issuing transaction. */
    int next(long departmentId, DocumentType type, int year);

    /** The last serial issued, empty when none was issued that year (for previews; takes no lock). */
    OptionalInt last(long departmentId, DocumentType type, int year);
}
