package cn.safety.enforcement.domain.enterprise;

import java.io.IOException;
import java.io.InputStream;

/**
 * Where every rejected row of an import is written as it is found: a temporary file, not the heap, so that a file of
 * two hundred thousand bad rows costs no memory. Its contents become the report the importer downloads.
 */
public interface RejectionLog {

    void add(ImportReport.RejectedRow row);

    /** Ends the log and opens what it holds; {@link #length()} is then its size in bytes. */
    InputStream contents() throws IOException;

    long length();
}
