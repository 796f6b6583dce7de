package cn.safety.enforcement.persistence.enterprisefile;

import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.enterprisefile.EnterpriseFileEntries;
import cn.safety.enforcement.domain.enterprisefile.FileAudience;
import cn.safety.enforcement.domain.enterprisefile.FileCursor;
import cn.safety.enforcement.domain.enterprisefile.FileEntry;
import cn.safety.enforcement.domain.enterprisefile.FileEntryKind;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The time line as one statement: a {@code UNION ALL} of one branch per source, each filtered by the enterprise through
 * its index, cut at the cursor and limited on its own, then merged in the order (time, kind, id) descending. The
 * documents are those issued about the records of the sources that have them ({@code issued_document.subject_kind},
 * {@code subject_id}), found through {@code issued_document_subject_idx}.
 */
@Repository
class JdbcEnterpriseFileEntries implements EnterpriseFileEntries {

    /** The sources read besides the documents, which come with the records they were issued about: one line each. */
    static final List<FileSource> SOURCES = List.of(
            FileSource.INSPECTION,
            FileSource.HAZARD,
            FileSource.ACCIDENT,
            FileSource.ASSIGNMENT);

    /** The enterprise's own file lists the documents served on it, not those addressed to a department about it. */
    private static final String SERVED_ON_THE_ENTERPRISE = "x.type NOT IN (" + Arrays.stream(DocumentType.values())
            .filter(DocumentType::addressedToDepartment).map(t -> "'" + t.name() + "'")
            .collect(Collectors.joining(", ")) + ")";

    private static final RowMapper<FileEntry> ROW = JdbcEnterpriseFileEntries::entry;

    private final JdbcClient jdbc;
    private final List<FileSource> sources;

    @Autowired
    JdbcEnterpriseFileEntries(JdbcClient jdbc) {
        this(jdbc, SOURCES);
    }

    JdbcEnterpriseFileEntries(JdbcClient jdbc, List<FileSource> sources) {
        this.jdbc = jdbc;
        this.sources = List.copyOf(sources);
    }

    @Override
    public List<FileEntry> page(long enterpriseId, FileAudience audience, FileCursor before, int limit) {
        Map<String, Object> params = new HashMap<>();
        params.put("enterprise", enterpriseId);
        params.put("limit", limit);
        if (before != null) {
            params.put("at", Timestamp.from(before.at()));
            params.put("id", before.id());
        }
        String scope = scopeCondition(audience, params);
        List<String> branches = new ArrayList<>();
        for (FileSource s : sources) {
            if (audience.sees(s.kind())) {
                String forAudience = !(audience instanceof FileAudience.Department) ? s.forEnterprise()
                        : s.scoped() ? scope : null;
                branches.add(branch(s.kind(), s.at(), s.select(), s.from(),
                        "x.enterprise_id = :enterprise" + (forAudience == null ? "" : " AND " + forAudience),
                        before));
            }
        }
        List<String> subjects = sources.stream().filter(s -> s.subjectKind() != null)
                .map(s -> "SELECT CAST('" + s.subjectKind() + "' AS varchar) AS subject_kind, x.id FROM " + s.from()
                        + " WHERE x.enterprise_id = :enterprise")
                .toList();
        if (audience.sees(FileEntryKind.DOCUMENT) && !subjects.isEmpty()) {
            branches.add(branch(FileEntryKind.DOCUMENT, "x.issued_at",
                    "x.department_id, x.type, NULL, x.number, NULL, NULL::timestamptz, x.corrects_id",
                    "issued_document x JOIN (" + String.join(" UNION ALL ", subjects) + ") s"
                            + " ON x.subject_kind = s.subject_kind AND x.subject_id = s.id",
                    audience instanceof FileAudience.Department ? scope : SERVED_ON_THE_ENTERPRISE, before));
        }
        if (branches.isEmpty()) {
            return List.of();
        }
        String sql = "SELECT f.*, d.name AS department_name FROM ("
                + String.join("\nUNION ALL\n", branches)
                + ") AS f (at, kind, id, department_id, code, state, title, note, until_at, ref_id)"
                + " LEFT JOIN department d ON d.id = f.department_id"
                + " ORDER BY f.at DESC, f.kind COLLATE \"C\" DESC, f.id DESC LIMIT :limit";
        return jdbc.sql(sql).params(params).query(ROW).list();
    }

    /**
     * One source's entries after the cursor, newest first. Within a branch the kind is fixed, so the cut at
     * (time, kind, id) becomes a condition on time (and id for the cursor's own kind) that its index answers.
     */
    static String branch(FileEntryKind kind, String at, String select, String from, String where, FileCursor before) {
        String cut = "";
        if (before != null) {
            int order = kind.name().compareTo(before.kind().name());
            cut = " AND " + (order < 0 ? at + " <= :at"
                    : order > 0 ? at + " < :at"
                    : "(" + at + " < :at OR " + at + " = :at AND x.id < :id)");
        }
        return "(SELECT " + at + ", CAST('" + kind.name() + "' AS varchar), x.id, " + select + " FROM " + from
                + " WHERE " + where + cut + " ORDER BY " + at + " DESC, x.id DESC LIMIT :limit)";
    }

    /** The staff's scope on alias {@code x}: its whole departments, and the townships entrusted to them. */
    private static String scopeCondition(FileAudience audience, Map<String, Object> params) {
        if (!(audience instanceof FileAudience.Department department)) {
            return "false";
        }
        Scope scope = department.scope();
        // an id no department has keeps IN () valid when only parts are in scope
        params.put("departments", scope.departmentIds().isEmpty() ? List.of(-1L) : List.copyOf(scope.departmentIds()));
        StringBuilder within = new StringBuilder("(x.department_id IN (:departments)");
        int k = 0;
        for (Scope.Part part : scope.parts()) {
            within.append(" OR (x.department_id = :pd").append(k).append(" AND x.township_id = :pt").append(k)
                    .append(')');
            params.put("pd" + k, part.departmentId());
            params.put("pt" + k, part.townshipId());
            k++;
        }
        return within.append(')').toString();
    }

    private static FileEntry entry(ResultSet rs, int n) throws SQLException {
        return new FileEntry(FileEntryKind.valueOf(rs.getString("kind")), instant(rs, "at"), rs.getLong("id"),
                rs.getObject("department_id", Long.class), rs.getString("department_name"), rs.getString("code"),
                rs.getString("state"), rs.getString("title"), rs.getString("note"), instant(rs, "until_at"),
                rs.getObject("ref_id", Long.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
