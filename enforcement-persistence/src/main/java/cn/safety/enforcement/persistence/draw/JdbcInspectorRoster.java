package cn.safety.enforcement.persistence.draw;

import cn.safety.enforcement.domain.draw.InspectorRoster;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;

/** The department's enabled inspectors with a certificate valid on the day. */
@Repository
class JdbcInspectorRoster implements InspectorRoster {

    private final JdbcClient jdbc;

    JdbcInspectorRoster(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<String> certifiedOn(long departmentId, LocalDate day) {
        return jdbc.sql("""
                        SELECT DISTINCT u.certificate_number FROM app_user u
                        JOIN app_user_role r ON r.user_id = u.id AND r.role = 'INSPECTOR'
                        WHERE u.department_id = :department AND u.enabled AND u.certificate_number IS NOT NULL
                          AND u.certificate_valid_from <= :day AND u.certificate_valid_until >= :day""")
                .param("department", departmentId).param("day", day)
                .query(String.class).list();
    }
}
