package cn.safety.enforcement.domain.draw;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fixed vectors go through {@code docs/draw-verify.py} as public draw documents: the script must say MATCH for the
 * expected result and MISMATCH for a changed one, so that Java and the published script cannot drift apart. Skipped
 * only where no {@code python3} is installed.
 */
class DrawVerifyScriptTest {

    private static final Path SCRIPT = Path.of("..", "docs", "draw-verify.py");

    @Test
    void theScriptAgreesWithEveryVector() throws Exception {
        assumePython();
        for (DrawVectors.Vector v : DrawVectors.ALL) {
            String doc = document(v.seed(), v.input(), v.expectedSelected(), v.expectedAssignments());
            assertThat(run(doc)).as(v.name()).startsWith("MATCH");
        }
    }

    @Test
    void theScriptNoticesAChangedSelectionAssignmentSeedOrHash() throws Exception {
        assumePython();
        DrawVectors.Vector v = DrawVectors.named("v1");
        List<String> swapped = List.of(v.expectedSelected().get(1), v.expectedSelected().get(0),
                v.expectedSelected().get(2));
        assertThat(run(document(v.seed(), v.input(), swapped, v.expectedAssignments()))).startsWith("MISMATCH");
        var assignments = new java.util.ArrayList<>(v.expectedAssignments());
        assignments.set(0, new DrawResult.Assignment(assignments.get(0).creditCode(), List.of("A4", "A1"), false));
        assertThat(run(document(v.seed(), v.input(), v.expectedSelected(), assignments))).startsWith("MISMATCH");
        assertThat(run(document(v.seed() + " ", v.input(), v.expectedSelected(), v.expectedAssignments())))
                .startsWith("MISMATCH");
        String hashChanged = document(v.seed(), v.input(), v.expectedSelected(), v.expectedAssignments())
                .replace(Sha256FisherYates.candidatesSha256(v.input().candidates()), "00".repeat(32));
        assertThat(run(hashChanged)).startsWith("MISMATCH").contains("candidatesSha256");
    }

    /** A document shaped like {@code GET /api/v1/public/draws/{id}}, with the fields the script reads. */
    static String document(String seed, DrawInput in, List<String> selected, List<DrawResult.Assignment> assignments) {
        BigDecimal ratio = in.ratio();
        return "{\"id\":1,\"algorithm\":\"SHA256-FY-1\",\"seed\":" + json(seed)
                + ",\"candidates\":" + array(in.candidates())
                + ",\"candidatesSha256\":\"" + Sha256FisherYates.candidatesSha256(in.candidates()) + "\""
                + ",\"ratio\":\"" + ratio.toPlainString() + "\""
                + ",\"count\":" + Sha256FisherYates.count(in.candidates().size(), ratio)
                + ",\"roster\":" + array(in.roster())
                + ",\"recusals\":[" + in.recusals().stream().map(r -> "{\"certificateNumber\":"
                + json(r.certificateNumber()) + ",\"creditCode\":" + json(r.creditCode()) + "}")
                .collect(Collectors.joining(",")) + "]"
                + ",\"selected\":" + array(selected)
                + ",\"assignments\":[" + assignments.stream().map(a -> "{\"creditCode\":" + json(a.creditCode())
                + ",\"inspectors\":" + array(a.inspectors()) + ",\"shortfall\":" + a.shortfall() + "}")
                .collect(Collectors.joining(",")) + "]}";
    }

    private static String array(List<String> values) {
        return values.stream().map(DrawVerifyScriptTest::json).collect(Collectors.joining(",", "[", "]"));
    }

    private static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }

    static String run(String document) throws IOException, InterruptedException {
        Path file = Files.createTempFile("draw", ".json");
        try {
            Files.writeString(file, document, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder("python3", SCRIPT.toString(), file.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(out).isEqualTo(out.startsWith("MATCH") ? 0 : 1);
            return out;
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void assumePython() throws InterruptedException {
        boolean present;
        try {
            present = new ProcessBuilder("python3", "--version").start().waitFor() == 0;
        } catch (IOException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, "python3 is not installed");
        assertThat(SCRIPT).exists();
    }
}
