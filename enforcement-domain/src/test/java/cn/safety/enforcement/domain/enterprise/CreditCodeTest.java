package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CreditCodeTest {

    /** Codes of real enterprises, each checked by hand against GB 32100-2015 before being used here. */
    private static final String FUZHOU = "91350100M000100Y43";
    private static final String BEIJING = "91110000600037341L";
    private static final String SHENZHEN = "91440300708461136T";

    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    @ParameterizedTest
    @ValueSource(strings = {FUZHOU, BEIJING, SHENZHEN})
    void real_codes_are_accepted(String code) {
        assertThat(CreditCode.problemWith(code)).isNull();
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @Test
    void parse_forgives_lower_case_letters() {
        assertThat(CreditCode.parse("91350100m000100y43").value()).isEqualTo(FUZHOU);
    }

    @Test
    void parse_forgives_surrounding_and_inner_spaces() {
        assertThat(CreditCode.parse("  9135 0100 M000 100Y 43\t").value()).isEqualTo(FUZHOU);
    }

    @Test
    void the_constructor_itself_does_not_normalize() {
        assertThat(problemsOf(() -> new CreditCode("91350100m000100y43")))
                .containsExactly("creditCode:creditCode.character");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t"})
    void a_missing_code_is_required(String raw) {
        assertThat(problemsOf(() -> CreditCode.parse(raw))).containsExactly("creditCode:creditCode.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y4", "91350100M000100Y433", "913501"})
    void a_code_that_is_not_eighteen_characters_long_has_the_wrong_length(String code) {
        assertThat(problemsOf(() -> new CreditCode(code))).containsExactly("creditCode:creditCode.length");
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void the_letters_i_o_z_s_v_are_forbidden_characters(char forbidden) {
        for (int position : new int[] {0, 8, 16, 17}) {
            String code = replaceAt(FUZHOU, position, forbidden);
            assertThat(problemsOf(() -> new CreditCode(code)))
                    .as("%s at position %d", forbidden, position)
                    .containsExactly("creditCode:creditCode.character");
        }
    }

    @ParameterizedTest
    @ValueSource(chars = {'-', '#', '中', 'a'})
    void other_characters_outside_the_alphabet_are_forbidden_too(char forbidden) {
        assertThat(problemsOf(() -> new CreditCode(replaceAt(FUZHOU, 5, forbidden))))
                .containsExactly("creditCode:creditCode.character");
    }

    @Test
    void every_wrong_check_character_is_a_check_digit_problem() {
        for (char c : ALPHABET.toCharArray()) {
            if (c == FUZHOU.charAt(17)) {
                continue;
            }
            String code = replaceAt(FUZHOU, 17, c);
            assertThat(problemsOf(() -> new CreditCode(code))).as(code)
                    .containsExactly("creditCode:creditCode.checkDigit");
        }
    }

    @Test
    void any_single_changed_character_of_the_first_seventeen_is_caught_by_the_check_character() {
        for (int position = 0; position < 17; position++) {
            for (char c : ALPHABET.toCharArray()) {
                if (c == FUZHOU.charAt(position)) {
                    continue;
                }
                String changed = replaceAt(FUZHOU, position, c);
                // the registration authority and kind, and the registering division, are refused for what they are
                // before the check character is looked at
                String expected;
                if (position < 2 && !CreditCode.registrationKnown(changed.charAt(0), changed.charAt(1))) {
                    expected = "creditCode.registration";
                } else if (position >= 2 && position < 8 && !CreditCode.divisionCode(changed.substring(2, 8))) {
                    expected = "creditCode.division";
                } else {
                    expected = "creditCode.checkDigit";
                }
                assertThat(CreditCode.problemWith(changed)).as("%c at %d", c, position).isEqualTo(expected);
            }
        }
    }

    @Test
    void check_character_round_trips_over_random_prefixes_and_agrees_with_the_standard() {
        Random random = new Random(32100_2015L);
        for (int n = 0; n < 2_000; n++) {
            // a registration authority with one of its kinds, then a province's division, then any characters
            String[] registrations = {"11", "12", "13", "19", "31", "51", "52", "53", "59", "91", "92", "93", "N2", "Y1"};
            String[] provinces = {"11", "13", "35", "44", "65", "82"};
            StringBuilder prefix = new StringBuilder(registrations[random.nextInt(registrations.length)])
                    .append(provinces[random.nextInt(provinces.length)]);
            for (int i = 4; i < 17; i++) {
                prefix.append(i < 8 ? (char) ('0' + random.nextInt(10))
                        : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            char check = CreditCode.checkCharacter(prefix.toString());
            assertThat(check).as(prefix.toString()).isEqualTo(referenceCheckCharacter(prefix.toString()));
            String code = prefix.toString() + check;
            assertThat(CreditCode.problemWith(code)).as(code).isNull();
            assertThat(CreditCode.parse(code.toLowerCase()).value()).isEqualTo(code);
        }
    }

    @Test
    void the_registration_division_at_positions_three_to_eight_must_be_digits() {
        String first17 = "91A50100M000100Y4";
        assertThat(CreditCode.problemWith(first17 + CreditCode.checkCharacter(first17))).isEqualTo("creditCode.division");
    }

    @Test
    void a_code_of_zeros_passes_the_check_character_but_is_refused_for_its_registration_authority() {
        String zeros = "000000000000000000";
        assertThat(CreditCode.checkCharacter(zeros.substring(0, 17))).isEqualTo('0');
        assertThat(CreditCode.problemWith(zeros)).isEqualTo("creditCode.registration");
    }

    @Test
    void enterprises_self_employed_and_cooperatives_of_the_market_regulator_are_accepted_but_no_other_kind_of_it() {
        for (String registration : new String[] {"91", "92", "93"}) {
            assertThat(CreditCode.problemWith(withCheck(registration + "130123MA0D5K2R8"))).as(registration).isNull();
        }
        for (String registration : new String[] {"94", "99", "Y2", "0A", "B1", "22"}) {
            String first17 = (registration + "130123MA0D5K2R8").substring(0, 17);
            assertThat(CreditCode.problemWith(withCheck(first17))).as(registration).isEqualTo("creditCode.registration");
        }
    }

    @Test
    void the_registering_division_must_lie_in_a_province_or_be_the_national_level() {
        assertThat(CreditCode.problemWith(withCheck("91100000MA0D5K2R8"))).isNull();
        assertThat(CreditCode.problemWith(withCheck("91000000MA0D5K2R8"))).isEqualTo("creditCode.division");
        assertThat(CreditCode.problemWith(withCheck("91990100MA0D5K2R8"))).isEqualTo("creditCode.division");
        assertThat(CreditCode.problemWith(withCheck("91710000MA0D5K2R8"))).isNull();
    }

    private static String withCheck(String first17) {
        return first17 + CreditCode.checkCharacter(first17);
    }

    @Test
    void full_width_characters_typed_through_a_chinese_input_method_are_read_as_ordinary_ones() {
        assertThat(CreditCode.parse("９１３５０１００Ｍ０００１００Ｙ４３").value()).isEqualTo("91350100M000100Y43");
    }

    @Test
    void check_character_refuses_a_prefix_with_a_forbidden_character() {
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100M000100YO"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("O");
    }

    @Test
    void the_registration_division_is_read_from_positions_three_to_eight() {
        assertThat(new CreditCode(FUZHOU).registrationDivision()).isEqualTo("350100");
        assertThat(new CreditCode(BEIJING).registrationDivision()).isEqualTo("110000");
    }

    @Test
    void a_refused_code_names_the_credit_code_field() {
        assertThatThrownBy(() -> new CreditCode("X"))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.problems()).singleElement()
                                .satisfies(p -> assertThat(p.field()).isEqualTo("creditCode")));
    }

    /** GB 32100-2015 computed from its definition: weights 3^i mod 31, check = 31 - (sum mod 31), 31 meaning 0. */
    private static char referenceCheckCharacter(String first17) {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * weight;
            weight = weight * 3 % 31;
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    private static String replaceAt(String s, int position, char c) {
        return s.substring(0, position) + c + s.substring(position + 1);
    }
}
