package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.draw.DrawResult.Assignment;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

/** The fixed test vectors of SHA256-FY-1, shared by the Java test and the run of {@code docs/draw-verify.py}. */
final class DrawVectors {

    record Vector(String name, String seed, DrawInput input, List<String> expectedSelected,
                  List<Assignment> expectedAssignments) {
    }

    private static final List<String> C10 = codes(10);
    private static final String C0 = C10.get(0);
    private static final String C1 = C10.get(1);
    private static final String C2 = C10.get(2);
    private static final String C3 = C10.get(3);
    private static final String C4 = C10.get(4);
    private static final String C7 = C10.get(7);

    static final List<Vector> ALL = List.of(
            new Vector("v1", "2026001 03 07 12 19 25 31 + 09",
                    new DrawInput(C10, new BigDecimal("0.3"), List.of("A1", "A2", "A3", "A4"),
                            List.of(new RecusedPair("A1", C0))),
                    List.of(C1, C7, C0),
                    List.of(a(C1, "A1", "A4"), a(C7, "A3", "A2"), a(C0, "A2", "A3"))),
            new Vector("empty", "x", new DrawInput(List.of(), new BigDecimal("0.5"), List.of("A1", "A2"), List.of()),
                    List.of(), List.of()),
            new Vector("all", "seed", new DrawInput(C10.subList(0, 5), BigDecimal.ONE, List.of("B1", "B2", "B3"),
                    List.of()),
                    List.of(C4, C1, C2, C0, C3),
                    List.of(a(C4, "B3", "B1"), a(C1, "B2", "B1"), a(C2, "B2", "B3"), a(C0, "B1", "B2"),
                            a(C3, "B3", "B1"))),
            new Vector("imbalance", "imbalance", new DrawInput(C10.subList(0, 4), BigDecimal.ONE,
                    List.of("C1", "C2", "C3"), List.of(new RecusedPair("C3", C0), new RecusedPair("C3", C1),
                    new RecusedPair("C3", C2), new RecusedPair("C2", C3))),
                    List.of(C0, C3, C2, C1),
                    List.of(a(C0, "C2", "C1"), a(C3, "C3", "C1"), a(C2, "C2", "C1"), a(C1, "C2", "C1"))),
            new Vector("shortfall", "shortfall", new DrawInput(C10.subList(0, 3), BigDecimal.ONE,
                    List.of("C1", "C2", "C3"), List.of(new RecusedPair("C2", C1), new RecusedPair("C3", C1))),
                    List.of(C1, C2, C0),
                    List.of(new Assignment(C1, List.of(), true), a(C2, "C1", "C2"), a(C0, "C3", "C2"))),
            new Vector("cjk", "双色球 2026001期", new DrawInput(C10, new BigDecimal("0.25"),
                    List.of("冀执13012320240003", "冀执13012320240004", "冀执13012320240006", "冀执13012320240007"),
                    List.of()),
                    List.of(C3, C1, C7),
                    List.of(a(C3, "冀执13012320240006", "冀执13012320240004"),
                            a(C1, "冀执13012320240003", "冀执13012320240007"),
                            a(C7, "冀执13012320240007", "冀执13012320240004"))));

    private DrawVectors() {
    }

    static List<String> codes(int n) {
        return IntStream.range(0, n).mapToObj(i -> String.format("91130123MA0000%04dX", i)).toList();
    }

    static Vector named(String name) {
        return ALL.stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    private static Assignment a(String code, String first, String second) {
        return new Assignment(code, List.of(first, second), false);
    }
}
