package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.inspection.InspectionLocks;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Takes the inspection's row FOR UPDATE in the caller's transaction (by primary key). */
@Component
class JdbcInspectionLocks implements InspectionLocks {

    private final JdbcClient jdbc;

    JdbcInspectionLocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(long id) {
        jdbc.sql("SELECT id FROM inspection WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).list();
    }
}
