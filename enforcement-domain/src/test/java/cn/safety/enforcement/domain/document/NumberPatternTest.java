package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NumberPatternTest {

    @Test
    void a_pattern_gives_the_number_of_a_serial_in_a_year() {
        assertThat(NumberPattern.parse("pattern", " 冀正应急检记〔{year}〕{n}号 ").format(2026, 15,
                DocumentType.INSPECTION_RECORD)).isEqualTo("冀正应急检记〔2026〕15号");
    }

    @Test
    void the_serial_may_be_zero_padded_and_the_type_written_by_its_short_word() {
        assertThat(NumberPattern.parse("pattern", "正应急{type}〔{year}〕{n:3}号").format(2026, 7,
                DocumentType.RECTIFICATION_ORDER)).isEqualTo("正应急责改〔2026〕007号");
        assertThat(NumberPattern.parse("pattern", "{year}-{n:2}").format(2026, 1234, DocumentType.RECHECK_OPINION))
                .as("padding never cuts").isEqualTo("2026-1234");
    }

    @Test
    void the_default_pattern_uses_the_types_short_word() {
        assertThat(NumberPattern.DEFAULT.format(2026, 1, DocumentType.INSPECTION_RECORD)).isEqualTo("检记〔2026〕1号");
        assertThat(NumberPattern.parse("pattern", NumberPattern.DEFAULT.text())).isEqualTo(NumberPattern.DEFAULT);
    }

    @Test
    void a_pattern_without_the_year_or_the_serial_or_with_either_twice_is_refused() {
        for (String bad : new String[] {"冀正应急检记〔2026〕{n}号", "检记〔{year}〕号", "{year}{n}{n}", "{year}{year}{n}",
                "{year}{n}{n:3}"}) {
            assertThatThrownBy(() -> NumberPattern.parse("pattern", bad)).as(bad)
                    .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                            .isEqualTo("document.pattern.yearAndSerialOnce"));
        }
    }

    @Test
    void unknown_placeholders_stray_braces_blanks_and_overlong_patterns_are_refused_on_the_field() {
        assertThatThrownBy(() -> NumberPattern.parse("pattern", "{year}{n}{dept}"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.problems().get(0).field()).isEqualTo("pattern");
                    assertThat(v.problems().get(0).messageCode()).isEqualTo("document.pattern.unknownPlaceholder");
                    assertThat(v.problems().get(0).args()).containsExactly("{dept}");
                });
        assertThatThrownBy(() -> NumberPattern.parse("pattern", "{year}{n:7}")).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> NumberPattern.parse("pattern", "{year}{n}}"))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                        .isEqualTo("document.pattern.strayBrace"));
        assertThatThrownBy(() -> NumberPattern.parse("pattern", "  ")).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.problems().get(0).messageCode()).isEqualTo("document.pattern.required"));
        assertThatThrownBy(() -> NumberPattern.parse("pattern", "{year}{n}" + "号".repeat(100)))
                .isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> NumberPattern.parse("pattern", "{year}\n{n}")).isInstanceOf(RuleViolation.class);
    }

    @Test
    void every_type_has_a_chinese_name_and_a_short_word() {
        for (DocumentType t : DocumentType.values()) {
            assertThat(t.chineseName()).isNotBlank();
            assertThat(t.shortWord()).hasSize(2);
            assertThat(DocumentType.parse(t.name().toLowerCase())).isEqualTo(t);
        }
        assertThat(DocumentType.INSPECTION_RECORD.chineseName()).isEqualTo("现场检查记录");
        assertThat(DocumentType.parse("NOTICE")).isNull();
    }
}
