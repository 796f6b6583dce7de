package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.division.Location;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The draw's own rules: what a freeze fixes, a seed once and never before the freeze. */
class DrawTest {

    private static final Location ZHENGDING = new Location("130123", "130100", "130000");
    private static final Instant FROZEN = Instant.parse("2026-03-02T02:00:00Z");

    private static FrozenLists lists() {
        return FrozenLists.of(List.of(new DrawCandidate(3, "C"), new DrawCandidate(1, "A"), new DrawCandidate(2, "B"),
                        new DrawCandidate(1, "A")),
                List.of("R2", "R1", "R3", "R1"),
                List.of(new RecusedPair("R1", "A"), new RecusedPair("R9", "A"), new RecusedPair("R2", "Z")));
    }

    private static Draw frozen(String ratio) {
        return Draw.freeze(7, 11, ZHENGDING, 2026, lists(), new BigDecimal(ratio), "  双色球 2026025 期  ", "zd-chief",
                FROZEN);
    }

    @Test
    void aFreezeSortsTheListsAndKeepsOnlyRecusalsOfRosterMembersForCandidates() {
        FrozenLists lists = lists();
        assertThat(lists.creditCodes()).containsExactly("A", "B", "C");
        assertThat(lists.roster()).containsExactly("R1", "R2", "R3");
        assertThat(lists.recusals()).containsExactly(new RecusedPair("R1", "A"));
    }

    @Test
    void aFreezeFixesCountHashRatioAndSource() {
        Draw d = frozen("0.50");
        assertThat(d.getCount()).isEqualTo(2);
        assertThat(d.getCandidateCount()).isEqualTo(3);
        assertThat(d.getCandidatesSha256()).isEqualTo(Sha256FisherYates.candidatesSha256(List.of("A", "B", "C")));
        assertThat(d.getRatio().toPlainString()).isEqualTo("0.5");
        assertThat(d.getSeedSource()).isEqualTo("双色球 2026025 期");
        assertThat(d.getAlgorithm()).isEqualTo("SHA256-FY-1");
        assertThat(d.getRosterSize()).isEqualTo(3);
        assertThat(d.getRecusalCount()).isEqualTo(1);
        assertThat(frozen("1E+0").getRatio().toPlainString()).isEqualTo("1");
    }

    @Test
    void aFreezeRefusesARatioOutsideZeroToOneOrTooFineAndAMissingSource() {
        for (String ratio : List.of("0", "-0.5", "1.000001", "0.0000001")) {
            assertThatThrownBy(() -> frozen(ratio)).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.problems()).extracting(RuleViolation.Problem::field).containsExactly("ratio"));
        }
        assertThat(frozen("0.000001").getCount()).isEqualTo(1);
        assertThatThrownBy(() -> Draw.freeze(7, 11, ZHENGDING, 2026, lists(), null, " ", "x", FROZEN))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(RuleViolation.Problem::field).containsExactly("ratio", "seedSource"));
    }

    @Test
    void theSeedIsTakenExactlyOnceAndNeverBeforeTheFreeze() {
        Draw d = frozen("1");
        DrawInput input = lists().input(d.getRatio());
        assertThatThrownBy(() -> d.seed("x", input, "zd-chief", FROZEN.minusSeconds(1)))
                .isInstanceOfSatisfying(RuleViolation.class,
                        v -> assertThat(v.problems().get(0).messageCode()).isEqualTo("draw.seed.beforeFreeze"));
        assertThatThrownBy(() -> d.seed(" ", input, "zd-chief", FROZEN))
                .isInstanceOf(RuleViolation.class);
        assertThat(d.isSeeded()).isFalse();

        DrawSeeded seeded = d.seed(" 03 08 15 + 11 ", input, "zd-chief", FROZEN.plusSeconds(60));
        assertThat(d.getSeed()).as("the text exactly, spaces included").isEqualTo(" 03 08 15 + 11 ");
        assertThat(seeded.before().seed()).isNull();
        assertThat(seeded.after().seed()).isEqualTo(" 03 08 15 + 11 ");
        assertThat(seeded.result()).isEqualTo(Sha256FisherYates.draw(" 03 08 15 + 11 ", input));
        assertThat(d.getShortfallCount()).isEqualTo(seeded.result().shortfalls().size());
        assertThatThrownBy(() -> d.seed("again", input, "zd-chief", FROZEN.plusSeconds(120)))
                .isInstanceOf(DrawAlreadySeeded.class);
        assertThat(d.getSeed()).isEqualTo(" 03 08 15 + 11 ");
    }

    @Test
    void codePointOrderHoldsForCharactersBeyondTheBasicPlane() {
        List<DrawCandidate> pool = List.of(new DrawCandidate(1, "x\uD83D\uDE00"), new DrawCandidate(2, "x\uFF21"),
                new DrawCandidate(3, "xA"));
        assertThat(FrozenLists.of(pool, List.of(), List.of()).creditCodes())
                .containsExactly("xA", "x\uFF21", "x\uD83D\uDE00");
        assertThat(CodePointOrder.withinBasicPlane("冀执13012320240003")).isTrue();
        assertThat(CodePointOrder.withinBasicPlane("\uD83D\uDE00")).isFalse();
    }
}
