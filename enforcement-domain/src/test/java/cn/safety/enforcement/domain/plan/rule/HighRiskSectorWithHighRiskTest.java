package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Set;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.of;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static org.assertj.core.api.Assertions.assertThat;

class HighRiskSectorWithHighRiskTest {

    private final HighRiskSectorWithHighRisk rule = new HighRiskSectorWithHighRisk();

    @ParameterizedTest
    @EnumSource(value = Sector.class, names = {"MINING", "HAZARDOUS_CHEMICALS", "FIREWORKS", "METALLURGY"})
    void a_red_or_orange_enterprise_of_a_key_sector_is_key(Sector sector) {
        assertThat(rule.reasonFor(of(sector, Set.of(), RiskGrade.RED), parameters()))
                .hasValueSatisfying(r -> assertThat(r.code()).isEqualTo("HIGH_RISK_SECTOR"));
        assertThat(rule.reasonFor(of(sector, Set.of(), RiskGrade.ORANGE), parameters())).isPresent();
    }

    @ParameterizedTest
    @EnumSource(value = RiskGrade.class, names = {"YELLOW", "BLUE"})
    void a_key_sector_of_low_risk_is_not_key(RiskGrade grade) {
        assertThat(rule.reasonFor(of(Sector.MINING, Set.of(), grade), parameters())).isEmpty();
    }

    @Test
    void combustible_dust_counts_as_a_key_field_and_is_named() {
        assertThat(rule.reasonFor(of(Sector.INDUSTRY_TRADE, Set.of(Feature.COMBUSTIBLE_DUST), RiskGrade.ORANGE),
                parameters())).hasValueSatisfying(r -> assertThat(r.text()).contains("涉爆粉尘", "橙"));
    }

    @ParameterizedTest
    @EnumSource(value = Sector.class, names = {"CONSTRUCTION", "TRANSPORT", "GAS", "INDUSTRY_TRADE", "OTHER"})
    void a_red_enterprise_of_another_sector_is_not_key_for_its_sector(Sector sector) {
        assertThat(rule.reasonFor(of(sector, Set.of(), RiskGrade.RED), parameters())).isEmpty();
    }

    @Test
    void ammonia_refrigeration_alone_is_not_a_key_field() {
        assertThat(rule.reasonFor(of(Sector.INDUSTRY_TRADE, Set.of(Feature.AMMONIA_REFRIGERATION), RiskGrade.RED),
                parameters())).isEmpty();
        assertThat(rule.dynamic()).isFalse();
    }
}
