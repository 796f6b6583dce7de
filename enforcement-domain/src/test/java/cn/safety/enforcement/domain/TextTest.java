package cn.safety.enforcement.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void a_required_text_is_kept_stripped_and_a_blank_one_names_its_field_and_code() {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        assertThat(Text.required(problems, "reason", "  整改不到位\n再查  ", 20, "x.reason.required"))
                .isEqualTo("整改不到位\n再查");
        assertThat(problems).isEmpty();
        assertThat(Text.required(problems, "reason", " \t ", 20, "x.reason.required")).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("reason");
            assertThat(p.messageCode()).isEqualTo("x.reason.required");
        });
    }

    @Test
    void a_text_too_long_or_with_control_characters_is_refused_as_too_long_with_its_maximum() {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        Text.required(problems, "a", "12345", 4, "x.a.required");
        Text.optional(problems, "b", "隐\u0000患", 20);
        Text.requiredLine(problems, "c", "第一行\n第二行", 20, "x.c.required");
        assertThat(problems).extracting(RuleViolation.Problem::field).containsExactly("a", "b", "c");
        assertThat(problems).allSatisfy(p -> assertThat(p.messageCode()).isEqualTo("field.tooLong"));
        assertThat(problems.get(0).args()).containsExactly(4);
    }

    @Test
    void an_optional_text_left_blank_is_null_and_no_problem() {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        assertThat(Text.optional(problems, "note", "   ", 10)).isNull();
        assertThat(Text.optional(problems, "note", null, 10)).isNull();
        assertThat(Text.optional(problems, "note", " 备注 ", 10)).isEqualTo("备注");
        assertThat(problems).isEmpty();
    }

    @Test
    void a_text_required_alone_throws_its_problem_at_once() {
        assertThatThrownBy(() -> Text.require("reason", "", 10, "x.reason.required"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(RuleViolation.Problem::messageCode).containsExactly("x.reason.required"));
        assertThat(Text.require("reason", " 理由\n第二行 ", 10, "x.reason.required")).isEqualTo("理由\n第二行");
        assertThatThrownBy(() -> Text.requireLine("name", "甲\n乙", 10, "x.name.required"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(RuleViolation.Problem::messageCode).containsExactly("field.tooLong"));
    }
}
