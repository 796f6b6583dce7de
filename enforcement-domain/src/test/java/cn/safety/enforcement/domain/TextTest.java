package cn.safety.enforcement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TextTest {

    @ParameterizedTest
    @ValueSource(strings = {"甲\u0000公司", "响铃\u0007", "转义\u001b[31m", "换\n行", "回\r车", "删除\u007f", "下一行\u0085",
            "C1\u009f", "\u202e司公限有", "嵌入\u202a", "隔离\u2066甲\u2069", "隔离\u2068"})
    void control_characters_line_breaks_and_bidirectional_overrides_are_forbidden_in_a_single_line(String text) {
        assertThat(Text.hasForbiddenCharacters(text)).isTrue();
        assertThat(Text.hasControlCharactersInLine(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"甲\u0000公司", "响铃\u0007", "转义\u001b[31m", "删除\u007f", "下一行\u0085", "C1\u009f",
            "\u202e司公限有", "嵌入\u202a", "隔离\u2066甲\u2069", "半个\ud83d字符", "\udc00在前"})
    void a_multi_line_text_such_as_a_reason_refuses_the_same_characters(String text) {
        assertThat(Text.hasControlCharacters(text)).isTrue();
    }

    @Test
    void a_multi_line_text_may_hold_line_breaks_and_whole_characters_outside_the_basic_plane() {
        assertThat(Text.hasControlCharacters("第一行\r\n第二行\n第三行")).isFalse();
        assertThat(Text.hasControlCharacters("𠀀𪚥 罕用字")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"正定县示例化工有限公司", "河北省石家庄市正定县示例路1号（东门）", "制表\t分隔", "A&B Co., Ltd.",
            "零宽\u200b空格与从左到右标记\u200e不改写显示顺序", "ÄÖÜ é", "—…「」"})
    void ordinary_text_and_the_tab_are_allowed(String text) {
        assertThat(Text.hasForbiddenCharacters(text)).isFalse();
        assertThat(Text.hasControlCharacters(text)).isFalse();
    }
}
