package cn.safety.enforcement.domain.audit;

import java.util.List;

/**
 * One page of the record, newest first, with the names of what it mentions ({@code names}), and the cursors of the
 * neighbouring pages: {@code newer} to read the entries after the first one (null on the newest page), {@code older}
 * to read those before the last one (null on the oldest page).
 */
public record AuditPage(List<AuditEntry> entries, RecordNames.Names names, Long newer, Long older) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
