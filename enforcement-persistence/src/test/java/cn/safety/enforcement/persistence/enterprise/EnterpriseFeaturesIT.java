package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RevisingEnterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

import static cn.safety.enforcement.persistence.TestData.inspectorOf;
import static org.assertj.core.api.Assertions.assertThat;

/** Features are kept with the enterprise, read back in order, filtered by the GIN index and within the scope. */
class EnterpriseFeaturesIT extends PersistenceIT {

    @Autowired
    Enterprises enterprises;

    @Autowired
    RegisteringEnterprise registering;

    @Autowired
    ReadingEnterprises reading;

    @Autowired
    RevisingEnterprise revising;

    @Autowired
    DepartmentService departmentService;

    @Autowired
    JdbcClient jdbc;

    TestData data;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
    }

    private Enterprise register(Department d, String name, Sector sector, Feature... features) {
        EnterpriseProfile p = TestData.profile(name, sector, RiskGrade.YELLOW).withFeatures(Set.of(features));
        return registering.register(inspectorOf(d), TestData.creditCode("130123"), "130123", p);
    }

    @Test
    void features_are_stored_in_the_array_column_and_read_back_in_their_order() {
        Department d = data.department("正定县", "130123");
        Enterprise e = register(d, "特征企业" + TestData.unique(), Sector.INDUSTRY_TRADE, Feature.CONFINED_SPACE,
                Feature.COMBUSTIBLE_DUST);

        assertThat(jdbc.sql("SELECT features::text FROM enterprise WHERE id = ?").param(e.getId())
                .query(String.class).single()).isEqualTo("{COMBUSTIBLE_DUST,CONFINED_SPACE}");
        Enterprise read = reading.get(inspectorOf(d), e.getId());
        assertThat(read.getFeatures()).containsExactly(Feature.COMBUSTIBLE_DUST, Feature.CONFINED_SPACE);
    }

    @Test
    void revising_the_features_changes_only_them_and_bumps_the_version() {
        Department d = data.department("正定县", "130123");
        Enterprise e = register(d, "修改特征企业" + TestData.unique(), Sector.INDUSTRY_TRADE, Feature.CONFINED_SPACE);
        EnterpriseProfile changed = e.profile().withFeatures(Set.of(Feature.AMMONIA_REFRIGERATION));

        Enterprise revised = revising.revise(inspectorOf(d), e.getId(), e.getVersion(), "130123", changed);

        Enterprise read = reading.get(inspectorOf(d), e.getId());
        assertThat(read.getFeatures()).containsExactly(Feature.AMMONIA_REFRIGERATION);
        assertThat(read.getVersion()).isEqualTo(e.getVersion() + 1).isEqualTo(revised.getVersion());
    }

    @Test
    void the_feature_filter_keeps_the_enterprises_with_that_feature_within_the_scope_only() {
        String token = TestData.unique();
        Department own = data.department("正定县", "130123");
        Department beside = data.department("正定县", "130123");
        Enterprise dust = register(own, token + "木业", Sector.INDUSTRY_TRADE, Feature.COMBUSTIBLE_DUST);
        Enterprise both = register(own, token + "食品", Sector.INDUSTRY_TRADE, Feature.COMBUSTIBLE_DUST,
                Feature.AMMONIA_REFRIGERATION);
        register(own, token + "机械", Sector.INDUSTRY_TRADE);
        register(own, token + "冶炼", Sector.METALLURGY, Feature.MOLTEN_METAL);
        register(beside, token + "旁县木业", Sector.INDUSTRY_TRADE, Feature.COMBUSTIBLE_DUST);

        EnterpriseFilter dustFilter = new EnterpriseFilter(token, null, null, null, null, Feature.COMBUSTIBLE_DUST);
        List<Enterprise> found = enterprises.page(new Scope(Set.of(own.getId())), dustFilter, null, 50);

        assertThat(found).extracting(Enterprise::getId).containsExactly(both.getId(), dust.getId());
        assertThat(enterprises.countMatching(new Scope(Set.of(own.getId())), dustFilter)).isEqualTo(2);
        EnterpriseFilter ammoniaInTrade = new EnterpriseFilter(token, null, Sector.INDUSTRY_TRADE, null, null,
                Feature.AMMONIA_REFRIGERATION);
        assertThat(enterprises.page(new Scope(Set.of(own.getId())), ammoniaInTrade, null, 50))
                .extracting(Enterprise::getId).containsExactly(both.getId());
        EnterpriseFilter moltenInTrade = new EnterpriseFilter(token, null, Sector.INDUSTRY_TRADE, null, null,
                Feature.MOLTEN_METAL);
        assertThat(enterprises.page(new Scope(Set.of(own.getId())), moltenInTrade, null, 50)).isEmpty();
    }

    @Test
    void the_feature_filter_is_answered_from_the_gin_index() {
        String plan = String.join("\n", jdbc.sql("""
                        EXPLAIN SELECT id FROM enterprise
                        WHERE features @> cast(array['AMMONIA_REFRIGERATION'] as varchar(32)[])""")
                .query(String.class).list());
        jdbc.sql("SET enable_seqscan = off").update();
        try {
            String forced = String.join("\n", jdbc.sql("""
                            EXPLAIN SELECT id FROM enterprise
                            WHERE features @> cast(array['AMMONIA_REFRIGERATION'] as varchar(32)[])""")
                    .query(String.class).list());
            assertThat(forced).as(plan).contains("enterprise_features_idx");
        } finally {
            jdbc.sql("SET enable_seqscan = on").update();
        }
    }
}
