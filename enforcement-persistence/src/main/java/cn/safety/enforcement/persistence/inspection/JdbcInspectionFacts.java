package cn.safety.enforcement.persistence.inspection;

import cn.safety.enforcement.domain.inspection.InspectionFacts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads the key list of the approved plans (plan_item_enterprise_year_idx). */
@Component
class JdbcInspectionFacts implements InspectionFacts {

    private final JdbcClient jdbc;

    JdbcInspectionFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean onKeyList(long enterpriseId, int year) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM plan_item i JOIN plan p ON p.id = i.plan_id
                                       WHERE i.enterprise_id = :enterprise AND i.year = :year AND i.kind = 'KEY'
                                         AND p.status = 'APPROVED')""")
                .param("enterprise", enterpriseId).param("year", year).query(Boolean.class).single();
    }
}
