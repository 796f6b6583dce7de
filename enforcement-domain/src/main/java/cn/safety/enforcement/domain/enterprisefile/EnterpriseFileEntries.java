package cn.safety.enforcement.domain.enterprisefile;

import java.util.List;

/**
 * Port: the entries of one enterprise's file from every record that has them, as one list ordered by time, kind and
 * id, all descending. Implemented as one set-based query, each source read through an index on its enterprise.
 */
public interface EnterpriseFileEntries {

    /**
     * Up to {@code limit} entries of enterprise {@code enterpriseId} older than {@code before} (null: from the newest),
     * those the {@code audience} sees.
     */
    List<FileEntry> page(long enterpriseId, FileAudience audience, FileCursor before, int limit);
}
