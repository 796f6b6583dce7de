package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.enterprise.ImportErrorReports;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/** The kept error reports of rejected imports, one row each, deleted once they are older than the kept time. */
@Repository
class JdbcImportErrorReports implements ImportErrorReports {

    private final JdbcClient jdbc;

    JdbcImportErrorReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public String keep(String username, InputStream content, long length, Instant now, Instant forgetBefore) {
        jdbc.sql("DELETE FROM import_report WHERE created_at < ?").param(Timestamp.from(forgetBefore)).update();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO import_report (id, username, created_at, content) VALUES (?, ?, ?, ?)")
                .params(id, username, Timestamp.from(now),
                        new org.springframework.jdbc.core.support.SqlBinaryValue(content, length))
                .update();
        return id.toString();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean read(String id, String username, Instant notBefore, Reader reader) {
        UUID key;
        try {
            key = UUID.fromString(id);
        } catch (IllegalArgumentException notAReportId) {
            return false;
        }
        return Boolean.TRUE.equals(jdbc.sql(
                        "SELECT content FROM import_report WHERE id = ? AND username = ? AND created_at >= ?")
                .params(key, username, Timestamp.from(notBefore))
                .query(rs -> {
                    if (!rs.next()) {
                        return false;
                    }
                    try (InputStream in = rs.getBinaryStream("content")) {
                        reader.read(in);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return true;
                }));
    }
}
