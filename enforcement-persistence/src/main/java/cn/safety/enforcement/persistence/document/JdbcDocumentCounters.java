package cn.safety.enforcement.persistence.document;

import cn.safety.enforcement.domain.document.DocumentCounters;
import cn.safety.enforcement.domain.document.DocumentType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.OptionalInt;

/**
 * One statement moves the counter: the first document of a year inserts the row, every later one updates it. Either way
 * PostgreSQL keeps the row locked until the issuing transaction ends, so concurrent issues queue on it (no duplicate),
 * and a rollback undoes the move (no gap). Two first issues of a year racing on the insert meet in ON CONFLICT: the
 * second waits for the first and then updates the row it inserted.
 */
@Repository
class JdbcDocumentCounters implements DocumentCounters {

    private final JdbcClient jdbc;

    JdbcDocumentCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long departmentId, DocumentType type, int year) {
        return jdbc.sql("""
                        INSERT INTO document_counter (department_id, type, year, last_serial)
                        VALUES (:department, :type, :year, 1)
                        ON CONFLICT (department_id, type, year)
                        DO UPDATE SET last_serial = document_counter.last_serial + 1
                        RETURNING last_serial""")
                .param("department", departmentId).param("type", type.name()).param("year", year)
                .query(Integer.class).single();
    }

    @Override
    public OptionalInt last(long departmentId, DocumentType type, int year) {
        return jdbc.sql("""
                        SELECT last_serial FROM document_counter
                        WHERE department_id = :department AND type = :type AND year = :year""")
                .param("department", departmentId).param("type", type.name()).param("year", year)
                .query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
