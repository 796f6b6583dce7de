package cn.safety.enforcement.domain.plan.rule;

import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.parameters;
import static cn.safety.enforcement.domain.plan.rule.PlanFactsFixture.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

class SuspendedRenovatingOrClosedTest {

    private final SuspendedRenovatingOrClosed rule = new SuspendedRenovatingOrClosed();

    @ParameterizedTest
    @CsvSource({"SUSPENDED,停产整顿", "RENOVATING,技改基建", "CLOSED,关闭退出"})
    void each_status_is_a_trigger_named_for_itself(OperatingStatus status, String text) {
        assertThat(rule.reasonFor(withStatus(status), parameters())).hasValueSatisfying(r -> {
            assertThat(r.code()).isEqualTo(status.name());
            assertThat(r.text()).isEqualTo(text);
        });
        assertThat(rule.dynamic()).isTrue();
    }

    @Test
    void an_operating_enterprise_does_not_trigger() {
        assertThat(rule.reasonFor(withStatus(OperatingStatus.OPERATING), parameters())).isEmpty();
    }
}
