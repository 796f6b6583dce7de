package cn.safety.enforcement.web.e2e;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The leak test's detector can fail: it finds a leaked row by marker and by listed id, and nothing else. */
class LeakDetectorTest {

    private final LeakDetector.Row cityEnterprise = new LeakDetector.Row("city enterprise", "enterprises", 4711,
            Set.of("91130123MA0000001X", "测试企业000000001有限公司"));
    private final LeakDetector.Row entrustment = new LeakDetector.Row("entrustment", "entrustments", 77,
            Set.of("正应急委〔2026〕1号"));

    @Test
    void a_credit_code_or_a_name_anywhere_in_the_body_is_a_leak() {
        assertThat(LeakDetector.leaks("{\"items\":[{\"id\":1,\"creditCode\":\"91130123MA0000001X\"}]}", "enterprises",
                List.of(cityEnterprise))).containsExactly("city enterprise (91130123MA0000001X)");
        assertThat(LeakDetector.leaks("名称,测试企业000000001有限公司\n", "enterprises", List.of(cityEnterprise)))
                .containsExactly("city enterprise (测试企业000000001有限公司)");
    }

    @Test
    void an_id_of_the_same_collection_in_a_list_is_a_leak_even_without_markers() {
        assertThat(LeakDetector.leaks("{\"items\":[{\"id\":4711,\"name\":\"x\"}],\"next\":null}", "enterprises",
                List.of(cityEnterprise))).containsExactly("city enterprise (id 4711)");
        assertThat(LeakDetector.leaks("[{\"id\":77}]", "entrustments", List.of(entrustment)))
                .containsExactly("entrustment (id 77)");
    }

    @Test
    void the_same_number_elsewhere_or_as_the_id_of_another_kind_of_record_is_not_a_leak() {
        assertThat(LeakDetector.leaks("[{\"id\":4711,\"name\":\"某部门\"}]", "departments", List.of(cityEnterprise)))
                .isEmpty();
        assertThat(LeakDetector.leaks("{\"id\":5,\"employees\":4711}", "enterprises", List.of(cityEnterprise)))
                .isEmpty();
        assertThat(LeakDetector.leaks("{\"status\":404,\"detail\":\"您要找的内容不存在\"}", "enterprises",
                List.of(cityEnterprise, entrustment))).isEmpty();
    }
}
