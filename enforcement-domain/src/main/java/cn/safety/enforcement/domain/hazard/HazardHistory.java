package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.audit.AuditEntry;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.audit.RecordNames;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * The time line of one hazard's record (全过程记录), for the department's side: an enterprise's account reads the
 * hazard but not its record, whose snapshots carry the department's internal notes.
 */
@Service
@Transactional(readOnly = true)
public class HazardHistory {

    static final int LIMIT = 200;

    private final HazardAccess access;
    private final AuditTrail audit;
    private final RecordNames names;

    public HazardHistory(HazardAccess access, AuditTrail audit, RecordNames names) {
        this.access = access;
        this.audit = audit;
        this.names = names;
    }

    public record History(List<AuditEntry> entries, RecordNames.Names names) {
    }

    public History of(Actor actor, long id) {
        access.toRead(actor, id);
        if (actor.isEnterprise()) {
            return new History(List.of(), RecordNames.Names.NONE);
        }
        List<AuditEntry> entries = audit.historyOf(HazardChange.AGGREGATE, id, LIMIT);
        return new History(entries, names.of(entries));
    }
}
