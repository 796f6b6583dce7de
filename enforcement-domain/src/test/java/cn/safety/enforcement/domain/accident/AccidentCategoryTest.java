package cn.safety.enforcement.domain.accident;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class AccidentCategoryTest {

    @Test
    void the_twenty_categories_of_gb_6441_in_the_standards_order() {
        assertThat(Arrays.stream(AccidentCategory.values()).map(AccidentCategory::standardName)).containsExactly(
                "物体打击", "车辆伤害", "机械伤害", "起重伤害", "触电", "淹溺", "灼烫", "火灾", "高处坠落", "坍塌",
                "冒顶片帮", "透水", "放炮", "火药爆炸", "瓦斯爆炸", "锅炉爆炸", "容器爆炸", "其它爆炸", "中毒和窒息",
                "其它伤害");
        assertThat(AccidentCategory.OTHER_INJURY.serial()).isEqualTo(20);
    }

    @Test
    void reads_the_standards_name_and_the_code() {
        assertThat(AccidentCategory.parse("机械伤害")).contains(AccidentCategory.MACHINERY);
        assertThat(AccidentCategory.parse(" 其它爆炸 ")).contains(AccidentCategory.OTHER_EXPLOSION);
        assertThat(AccidentCategory.parse("其他爆炸")).contains(AccidentCategory.OTHER_EXPLOSION);
        assertThat(AccidentCategory.parse("其他伤害")).contains(AccidentCategory.OTHER_INJURY);
        assertThat(AccidentCategory.parse("MACHINERY")).contains(AccidentCategory.MACHINERY);
        assertThat(AccidentCategory.parse("machinery")).contains(AccidentCategory.MACHINERY);
    }

    @Test
    void refuses_what_is_not_a_category() {
        assertThat(AccidentCategory.parse("交通事故")).isEmpty();
        assertThat(AccidentCategory.parse("")).isEmpty();
        assertThat(AccidentCategory.parse(null)).isEmpty();
        assertThat(AccidentCategory.parse("机械")).isEmpty();
    }
}
