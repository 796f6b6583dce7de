package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.util.List;

/**
 * A forward-only cursor over the rows of one export, newest first, within the scope it was opened with: each
 * {@link #next()} reads one chunk by keyset (ids below the last one delivered), so memory stays flat however many rows
 * the scope holds. Opened by {@link ExportingEnterprises#start}.
 */
public final class EnterpriseExport {

    private final Enterprises enterprises;
    private final Scope scope;
    private final EnterpriseFilter filter;
    private final Integer limit;
    private Long after;
    private long delivered;
    private boolean done;
    private boolean cut;

    EnterpriseExport(Enterprises enterprises, Scope scope, EnterpriseFilter filter, Integer limit) {
        this.enterprises = enterprises;
        this.scope = scope;
        this.filter = filter;
        this.limit = limit;
    }

    /** The next chunk of rows; empty once every row, or as many as the limit allows, has been delivered. */
    public List<Enterprise> next() {
        if (done) {
            return List.of();
        }
        int wanted = limit == null ? ExportingEnterprises.CHUNK
                : (int) Math.min(ExportingEnterprises.CHUNK, limit - delivered);
        if (wanted <= 0) {
            cut = !enterprises.page(scope, filter, after, 1).isEmpty();
            done = true;
            return List.of();
        }
        List<Enterprise> rows = enterprises.page(scope, filter, after, wanted);
        if (rows.size() < wanted) {
            done = true;
        }
        if (!rows.isEmpty()) {
            after = rows.get(rows.size() - 1).getId();
            delivered += rows.size();
        }
        return rows;
    }

    /** How many rows have been delivered so far. */
    public long delivered() {
        return delivered;
    }

    /** Whether the limit left rows out; known once {@link #next()} has returned an empty chunk. */
    public boolean cut() {
        return cut;
    }
}
