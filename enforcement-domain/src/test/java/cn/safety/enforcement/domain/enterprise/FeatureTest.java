package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.testsupport.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;

class FeatureTest {

    private static final Instant NOW = Instant.parse("2026-03-02T01:00:00Z");
    private static final String CODE = "91130123MA0000001";

    private final Fixture f = new Fixture();

    private Enterprise register(Sector sector, Set<Feature> features) {
        EnterpriseProfile p = EnterpriseProfile.basic("正定县鑫盛木业有限公司", "正定县工业街1号", sector, 40,
                RiskGrade.YELLOW).withFeatures(features);
        return Enterprise.register(new CreditCode(CODE + CreditCode.checkCharacter(CODE)), p, f.zhengding,
                f.zhengdingDept, "zhangsan", NOW);
    }

    @Test
    void the_former_sector_codes_read_as_industry_and_trade_with_their_feature() {
        assertThat(SectorCode.parse("COMBUSTIBLE_DUST")).contains(
                new SectorCode(Sector.INDUSTRY_TRADE, Feature.COMBUSTIBLE_DUST));
        assertThat(SectorCode.parse("ammonia_refrigeration ")).contains(
                new SectorCode(Sector.INDUSTRY_TRADE, Feature.AMMONIA_REFRIGERATION));
        assertThat(SectorCode.parse("CONFINED_SPACE")).contains(
                new SectorCode(Sector.INDUSTRY_TRADE, Feature.CONFINED_SPACE));
    }

    @Test
    void every_former_code_maps_to_a_feature_of_the_same_name() {
        for (SectorCode.Former former : SectorCode.Former.values()) {
            assertThat(former.now().sector()).isEqualTo(Sector.INDUSTRY_TRADE);
            assertThat(former.now().feature().name()).isEqualTo(former.name());
        }
    }

    @ParameterizedTest
    @EnumSource(Sector.class)
    void a_current_sector_code_reads_as_that_sector_without_a_feature(Sector sector) {
        assertThat(SectorCode.parse(sector.name())).contains(SectorCode.of(sector));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "DUST", "MOLTEN_METAL", "涉爆粉尘"})
    void anything_else_is_no_sector_code(String code) {
        assertThat(SectorCode.parse(code)).isEmpty();
        assertThat(SectorCode.parse(null)).isEmpty();
    }

    @Test
    void the_former_sectors_are_no_longer_sectors() {
        assertThat(EnumSet.allOf(Sector.class).stream().map(Enum::name))
                .doesNotContain("COMBUSTIBLE_DUST", "AMMONIA_REFRIGERATION", "CONFINED_SPACE");
        assertThat(Feature.values()).containsExactly(Feature.COMBUSTIBLE_DUST, Feature.AMMONIA_REFRIGERATION,
                Feature.CONFINED_SPACE, Feature.MOLTEN_METAL);
    }

    @Test
    void an_industry_and_trade_enterprise_may_have_several_features() {
        Enterprise e = register(Sector.INDUSTRY_TRADE, Set.of(Feature.CONFINED_SPACE, Feature.COMBUSTIBLE_DUST));

        assertThat(e.getFeatures()).containsExactly(Feature.COMBUSTIBLE_DUST, Feature.CONFINED_SPACE);
        assertThat(e.hasFeature(Feature.COMBUSTIBLE_DUST)).isTrue();
        assertThat(e.hasFeature(Feature.AMMONIA_REFRIGERATION)).isFalse();
        assertThat(e.snapshot().fields().get("features")).isEqualTo(List.of("COMBUSTIBLE_DUST", "CONFINED_SPACE"));
        assertThat(e.profile().features()).isEqualTo(e.getFeatures());
    }

    @Test
    void a_metallurgy_enterprise_may_have_molten_metal_as_the_standard_counts_it_among_industry_and_trade() {
        Enterprise e = register(Sector.METALLURGY, Set.of(Feature.MOLTEN_METAL));

        assertThat(e.hasFeature(Feature.MOLTEN_METAL)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = Sector.class, names = {"METALLURGY", "INDUSTRY_TRADE"}, mode = EnumSource.Mode.EXCLUDE)
    void features_are_refused_for_a_sector_outside_industry_and_trade(Sector sector) {
        assertThat(sector.takesFeatures()).isFalse();

        assertThat(problemsOf(() -> register(sector, Set.of(Feature.CONFINED_SPACE))))
                .containsExactly("features:enterprise.features.sector");
    }

    @Test
    void revising_to_a_sector_outside_industry_and_trade_while_keeping_features_is_refused() {
        Enterprise e = register(Sector.INDUSTRY_TRADE, Set.of(Feature.AMMONIA_REFRIGERATION));
        EnterpriseProfile chemicals = EnterpriseProfile.basic("正定县鑫盛化工有限公司", "正定县工业街1号",
                Sector.HAZARDOUS_CHEMICALS, 40, RiskGrade.YELLOW).withFeatures(e.getFeatures());

        assertThat(problemsOf(() -> e.revise(chemicals, f.zhengding, f.zhengdingDept, NOW)))
                .containsExactly("features:enterprise.features.sector");
        assertThat(e.getSector()).isEqualTo(Sector.INDUSTRY_TRADE);

        e.revise(chemicals.withFeatures(Set.of()), f.zhengding, f.zhengdingDept, NOW);
        assertThat(e.getFeatures()).isEmpty();
    }

    @Test
    void combustible_dust_puts_an_enterprise_on_the_key_inspection_list_as_the_sector_did() {
        assertThat(Feature.COMBUSTIBLE_DUST.keyInspection()).isTrue();
        assertThat(register(Sector.INDUSTRY_TRADE, Set.of(Feature.COMBUSTIBLE_DUST)).isKeyInspection()).isTrue();
        assertThat(register(Sector.INDUSTRY_TRADE, Set.of(Feature.CONFINED_SPACE)).isKeyInspection()).isFalse();
        assertThat(register(Sector.INDUSTRY_TRADE, Set.of()).isKeyInspection()).isFalse();
        assertThat(register(Sector.MINING, Set.of()).isKeyInspection()).isTrue();
    }
}
