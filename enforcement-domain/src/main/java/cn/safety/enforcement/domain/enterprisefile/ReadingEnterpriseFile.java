package cn.safety.enforcement.domain.enterprisefile;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseChange;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.OfEnterprise;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Reading an enterprise's time line (一企一档), a page at a time: readable by whoever reads the enterprise (404
 * otherwise) and by the enterprise's own account, each seeing the entries of its {@link FileAudience}.
 */
@Service
@Transactional(readOnly = true)
public class ReadingEnterpriseFile {

    public static final int DEFAULT_PAGE = 30;
    public static final int MAX_PAGE = 100;

    private final Enterprises enterprises;
    private final EnterpriseFileEntries entries;
    private final JurisdictionPolicy policy;

    public ReadingEnterpriseFile(Enterprises enterprises, EnterpriseFileEntries entries, JurisdictionPolicy policy) {
        this.enterprises = enterprises;
        this.entries = entries;
        this.policy = policy;
    }

    /** The file of one enterprise: it lies where the enterprise lies and concerns that enterprise alone. */
    record FileOf(Enterprise enterprise) implements UnderJurisdiction, OfEnterprise {

        @Override
        public long assignedDepartmentId() {
            return enterprise.assignedDepartmentId();
        }

        @Override
        public Location location() {
            return enterprise.location();
        }

        @Override
        public Long townshipId() {
            return enterprise.townshipId();
        }

        @Override
        public long enterpriseId() {
            return enterprise.getId();
        }
    }

    /** The entries older than {@code before} (a cursor of an earlier page, or blank for the newest), {@code size} of them. */
    public FileEntrySlice page(Actor actor, long enterpriseId, String before, int size) {
        FileCursor cursor = FileCursor.parse(before);
        Enterprise e = enterprises.findById(enterpriseId)
                .orElseThrow(() -> new NotFound(EnterpriseChange.AGGREGATE, enterpriseId));
        policy.requireCanRead(actor, new FileOf(e));
        int limit = Math.max(1, Math.min(size, MAX_PAGE));
        List<FileEntry> rows = entries.page(enterpriseId, FileAudience.of(actor, policy), cursor, limit + 1);
        if (rows.size() <= limit) {
            return new FileEntrySlice(rows, null);
        }
        List<FileEntry> items = List.copyOf(rows.subList(0, limit));
        return new FileEntrySlice(items, items.get(limit - 1).cursor().toString());
    }
}
