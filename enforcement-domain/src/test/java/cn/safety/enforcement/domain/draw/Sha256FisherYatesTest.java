package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.draw.DrawResult.Assignment;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SHA256-FY-1 against fixed vectors. The expected values were computed by {@code docs/draw-verify.py}, an independent
 * implementation; {@link DrawVectors} feeds the same vectors to the script, so the two cannot drift apart.
 */
class Sha256FisherYatesTest {

    @Test
    void theStreamReadsUnsignedBigEndianValuesOfTheHashBlocks() {
        var stream = new Sha256FisherYates.ByteStream("abc");
        // SHA-256("abc" ‖ 00 00 00 00 00 00 00 00) starts 4b5c6fd3 14d0d83d; the third value exceeds 2^63
        assertThat(stream.next()).isEqualTo(0x4b5c6fd314d0d83dL);
        assertThat(stream.next()).isEqualTo(0x29a1e12903309228L);
        assertThat(Long.toUnsignedString(stream.next())).isEqualTo("10967569891055513388");
        assertThat(stream.next()).isEqualTo(0x0f74177dc3e7525eL);
        // the fifth value comes from the second block, SHA-256("abc" ‖ 00 … 01)
        assertThat(stream.next()).isEqualTo(0x4902dec96bf400e2L);
    }

    @Test
    void uniformRejectsValuesAtOrAboveTheLimit() {
        // m = 3·2^61: 2^64 mod m = 2^62, limit = 3·2^62; 0xe51b… and 0xdabc… are rejected
        var stream = new Sha256FisherYates.ByteStream("abc");
        long m = 3L << 61;
        List<Long> values = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            values.add(stream.uniform(m));
        }
        assertThat(values).containsExactly(5430338203079989309L, 2999926393068884520L, 4050040863414431532L,
                1113540836792423006L, 5261012271403106530L, 1197652557065540425L);
    }

    @Test
    void uniformOfOneReadsOneValueAndGivesZero() {
        var stream = new Sha256FisherYates.ByteStream("abc");
        assertThat(stream.uniform(1)).isZero();
        assertThat(stream.next()).isEqualTo(0x29a1e12903309228L);
    }

    @Test
    void uniformOfAPowerOfTwoRejectsNothing() {
        var stream = new Sha256FisherYates.ByteStream("abc");
        assertThat(stream.uniform(1L << 62)).isEqualTo(0x4b5c6fd314d0d83dL & ((1L << 62) - 1));
        assertThatThrownBy(() -> stream.uniform(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void candidatesHashJoinsTheCodesByNewlineWithoutATrailingOne() {
        assertThat(Sha256FisherYates.candidatesSha256(List.of()))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Sha256FisherYates.candidatesSha256(DrawVectors.codes(2)))
                .isEqualTo("0d89778671b0287425ce72094c5b4e20bdaff6d12d87cd491a67c62f02d0a5fa");
        assertThat(Sha256FisherYates.candidatesSha256(DrawVectors.codes(10)))
                .isEqualTo("04f26338d3c2a739b722aff9f1f9457c1744d6bb5a871d17a11e928b07e2b9ef");
    }

    @Test
    void countIsTheCeilingOfNTimesTheRatioComputedExactly() {
        assertThat(Sha256FisherYates.count(100, new BigDecimal("0.07"))).isEqualTo(7);
        assertThat(Sha256FisherYates.count(10, new BigDecimal("0.3"))).isEqualTo(3);
        assertThat(Sha256FisherYates.count(10, new BigDecimal("0.31"))).isEqualTo(4);
        assertThat(Sha256FisherYates.count(1, new BigDecimal("0.0001"))).isEqualTo(1);
        assertThat(Sha256FisherYates.count(0, new BigDecimal("0.5"))).isZero();
        assertThat(Sha256FisherYates.count(7, BigDecimal.ONE)).isEqualTo(7);
        assertThatThrownBy(() -> Sha256FisherYates.count(7, BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sha256FisherYates.count(7, new BigDecimal("1.01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drawsTheFixedVectors() {
        for (DrawVectors.Vector v : DrawVectors.ALL) {
            DrawResult result = Sha256FisherYates.draw(v.seed(), v.input());
            assertThat(result.selected()).as(v.name()).containsExactlyElementsOf(v.expectedSelected());
            assertThat(result.assignments()).as(v.name()).containsExactlyElementsOf(v.expectedAssignments());
        }
    }

    @Test
    void anEmptyPoolDrawsNothingAndReadsNothing() {
        DrawResult r = Sha256FisherYates.draw("x", new DrawInput(List.of(), new BigDecimal("0.5"),
                List.of("A1", "A2"), List.of()));
        assertThat(r.selected()).isEmpty();
        assertThat(r.assignments()).isEmpty();
    }

    @Test
    void aRatioOfOneSelectsEveryCandidateInShuffledOrder() {
        DrawVectors.Vector all = DrawVectors.named("all");
        DrawResult r = Sha256FisherYates.draw(all.seed(), all.input());
        assertThat(r.selected()).containsExactlyInAnyOrderElementsOf(all.input().candidates())
                .isNotEqualTo(all.input().candidates());
    }

    @Test
    void recusedInspectorsAreNeverDrawnForThatEnterpriseEvenWhenThatUnbalancesTheLoad() {
        DrawVectors.Vector v = DrawVectors.named("imbalance");
        DrawResult r = Sha256FisherYates.draw(v.seed(), v.input());
        for (Assignment a : r.assignments()) {
            for (RecusedPair p : v.input().recusals()) {
                if (p.creditCode().equals(a.creditCode())) {
                    assertThat(a.inspectors()).doesNotContain(p.certificateNumber());
                }
            }
        }
        // C3 is recused for three of the four enterprises: C1 gets four assignments, C3 one
        assertThat(loads(r)).containsEntry("C1", 4).containsEntry("C3", 1);
    }

    @Test
    void fewerThanTwoEligibleInspectorsIsAShortfallNotAFailure() {
        DrawVectors.Vector v = DrawVectors.named("shortfall");
        DrawResult r = Sha256FisherYates.draw(v.seed(), v.input());
        assertThat(r.shortfalls()).containsExactly("91130123MA00000001X");
        assertThat(r.assignments().get(0).inspectors()).isEmpty();
        assertThat(r.assignments().get(1).inspectors()).hasSize(2);

        DrawResult noRoster = Sha256FisherYates.draw("s", new DrawInput(DrawVectors.codes(3), BigDecimal.ONE,
                List.of("only"), List.of()));
        assertThat(noRoster.shortfalls()).hasSize(3);
    }

    @Test
    void withoutRecusalsNoInspectorHasTwoAssignmentsMoreThanAnother() {
        for (int roster = 2; roster <= 9; roster++) {
            List<String> members = IntStream.range(0, roster).mapToObj(i -> "R" + i).toList();
            for (int seed = 0; seed < 20; seed++) {
                DrawResult r = Sha256FisherYates.draw("seed-" + seed, new DrawInput(DrawVectors.codes(37),
                        new BigDecimal("0.6"), members, List.of()));
                Map<String, Integer> loads = loads(r);
                members.forEach(m -> loads.putIfAbsent(m, 0));
                int max = loads.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
                int min = loads.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
                assertThat(max - min).as("roster %d seed %d: %s", roster, seed, loads).isLessThanOrEqualTo(1);
                r.assignments().forEach(a -> assertThat(a.inspectors()).doesNotHaveDuplicates().hasSize(2));
            }
        }
    }

    @Test
    void aThousandCandidatesGiveTheVectorsSelectionAndAssignments() throws Exception {
        List<String> big = IntStream.range(0, 1000).mapToObj(i -> String.format("9113%014d", i)).toList();
        List<String> roster = IntStream.range(0, 7).mapToObj(i -> String.format("R%02d", i)).toList();
        DrawResult r = Sha256FisherYates.draw("big", new DrawInput(big, new BigDecimal("0.05"), roster, List.of()));
        assertThat(r.selected()).hasSize(50);
        assertThat(sha256(String.join("\n", r.selected())))
                .isEqualTo("67cd26afc6960d8ced89a343b1cf73c266fbf4c7df227559e042df955fd89689");
        assertThat(sha256(String.join("\n", r.assignments().stream()
                .map(a -> String.join(",", a.inspectors())).toList())))
                .isEqualTo("8e85841460bf5cb00174a6203dedd8baf7fea3dc7136e87552df36c067fc85be");
    }

    @Test
    void refusesUnsortedOrDuplicateLists() {
        assertThatThrownBy(() -> Sha256FisherYates.draw("s", new DrawInput(List.of("B", "A"), BigDecimal.ONE,
                List.of(), List.of()))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Sha256FisherYates.draw("s", new DrawInput(List.of("A"), BigDecimal.ONE,
                List.of("X", "X"), List.of()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ascendingMeansByCodePoint() {
        // U+FF21 (Ａ) sorts before U+1F600 by code point, after it by UTF-16 unit
        assertThat(CodePointOrder.INSTANCE.compare("\uFF21", "\uD83D\uDE00")).isNegative();
        assertThat("\uFF21".compareTo("\uD83D\uDE00")).isPositive();
        assertThat(CodePointOrder.INSTANCE.compare("A", "AB")).isNegative();
        assertThat(CodePointOrder.INSTANCE.compare("冀执2", "冀执10")).isPositive();
    }

    private static Map<String, Integer> loads(DrawResult r) {
        Map<String, Integer> loads = new HashMap<>();
        r.assignments().forEach(a -> a.inspectors().forEach(i -> loads.merge(i, 1, Integer::sum)));
        return loads;
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
