package cn.safety.enforcement.web.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Widths in this test: every character is 1 wide, so a line of width 5 holds five characters. */
class LineBreakerTest {

    private final LineBreaker breaker = new LineBreaker(s -> s.codePointCount(0, s.length()));

    @Test
    void chinese_text_breaks_between_any_two_characters() {
        assertThat(breaker.lines("安全生产监管执法", 5)).containsExactly("安全生产监", "管执法");
    }

    @Test
    void a_latin_word_or_a_number_is_not_broken_inside() {
        assertThat(breaker.lines("检查DCS系统", 4)).containsExactly("检查", "DCS系", "统");
        assertThat(breaker.lines("共2025个", 4)).containsExactly("共", "2025", "个");
        assertThat(breaker.lines("the checklist", 10)).containsExactly("the", "checklist");
    }

    @Test
    void closing_punctuation_never_starts_a_line_it_takes_the_character_before_along() {
        assertThat(breaker.lines("一二三四五，六", 5)).containsExactly("一二三四", "五，六");
        assertThat(breaker.lines("一二三四五。", 5)).containsExactly("一二三四", "五。");
        assertThat(breaker.lines("一二三四五）", 5)).containsExactly("一二三四", "五）");
    }

    @Test
    void opening_punctuation_never_ends_a_line() {
        assertThat(breaker.lines("一二三四《法》", 5)).containsExactly("一二三四", "《法》");
        assertThat(breaker.lines("一二三四（五）", 5)).containsExactly("一二三四", "（五）");
    }

    @Test
    void a_word_wider_than_the_line_is_broken_between_its_characters() {
        assertThat(breaker.lines("91130123MA0FXXXX1K", 8)).containsExactly("91130123", "MA0FXXXX", "1K");
    }

    @Test
    void line_feeds_break_and_an_empty_text_is_one_empty_line() {
        assertThat(breaker.lines("第一行\n第二行", 10)).containsExactly("第一行", "第二行");
        assertThat(breaker.lines("", 10)).containsExactly("");
        assertThat(breaker.lines(null, 10)).containsExactly("");
    }

    @Test
    void the_first_line_of_a_paragraph_may_be_indented() {
        assertThat(breaker.lines("一二三四五六七八", 5, 2)).containsExactly("一二三", "四五六七八");
    }

    @Test
    void spaces_at_a_break_vanish() {
        List<String> lines = breaker.lines("aaa bbb ccc", 7);
        assertThat(lines).containsExactly("aaa bbb", "ccc");
    }
}
