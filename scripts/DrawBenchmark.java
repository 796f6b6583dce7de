import cn.safety.enforcement.domain.draw.DrawCandidate;
import cn.safety.enforcement.domain.draw.DrawInput;
import cn.safety.enforcement.domain.draw.DrawResult;
import cn.safety.enforcement.domain.draw.FrozenLists;
import cn.safety.enforcement.domain.draw.RecusedPair;
import cn.safety.enforcement.domain.draw.Sha256FisherYates;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The draw SHA256-FY-1 over a pool of N candidates (default 1,000,000), as the seed step runs it: the frozen lists
 * (sorting the pool by credit code, recusals kept for roster members and candidates), the candidates' SHA-256, and the
 * draw itself (Fisher–Yates over the whole pool, then two inspectors for each selected enterprise). Prints the median
 * and the slowest of the measured runs after warm-up runs. Run by scripts/draw-benchmark.sh.
 */
public class DrawBenchmark {

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        BigDecimal ratio = new BigDecimal(args.length > 1 ? args[1] : "0.05");
        int rosterSize = args.length > 2 ? Integer.parseInt(args[2]) : 60;
        int warmUp = 2;
        int runs = 5;

        Random random = new Random(20261202);
        List<DrawCandidate> pool = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            pool.add(new DrawCandidate(i + 1, String.format("91%06d%09d%X", 130000 + random.nextInt(9999),
                    i, random.nextInt(16))));
        }
        Collections.shuffle(pool, random);
        List<String> roster = new ArrayList<>();
        for (int i = 0; i < rosterSize; i++) {
            roster.add(String.format("冀执130123%08d", i));
        }
        List<RecusedPair> recusals = new ArrayList<>();
        for (int i = 0; i < rosterSize; i++) {
            recusals.add(new RecusedPair(roster.get(i), pool.get(i).creditCode()));
        }

        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpuDraw = new long[runs];
        long[] freeze = new long[runs];
        long[] hash = new long[runs];
        long[] draw = new long[runs];
        DrawResult result = null;
        for (int run = -warmUp; run < runs; run++) {
            long t0 = System.nanoTime();
            FrozenLists lists = FrozenLists.of(pool, roster, recusals);
            long t1 = System.nanoTime();
            String sha = Sha256FisherYates.candidatesSha256(lists.creditCodes());
            long t2 = System.nanoTime();
            DrawInput input = lists.input(ratio);
            long c2 = cpu.getCurrentThreadCpuTime();
            result = Sha256FisherYates.draw("02 09 14 22 26 31 + 07 run " + run, input);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            if (run >= 0) {
                freeze[run] = t1 - t0;
                hash[run] = t2 - t1;
                draw[run] = t3 - t2;
                cpuDraw[run] = c3 - c2;
            }
            if (sha.length() != 64) {
                throw new IllegalStateException();
            }
        }
        System.out.printf("SHA256-FY-1: %,d candidates, ratio %s → %,d selected, roster %d, %d recusals, %d shortfalls%n",
                n, ratio.toPlainString(), result.selected().size(), rosterSize, recusals.size(),
                result.shortfalls().size());
        System.out.printf("load average at the end: %.1f on %d cores%n",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("%-52s %10s %10s%n", "step (" + runs + " runs after " + warmUp + " warm-up)", "median ms",
                "max ms");
        print("freeze lists (sort by credit code, keep recusals)", freeze);
        print("candidates SHA-256", hash);
        print("draw (Fisher–Yates + inspectors)", draw);
        print("draw, CPU time of the thread", cpuDraw);
        long[] total = new long[runs];
        for (int i = 0; i < runs; i++) {
            total[i] = hash[i] + draw[i];
        }
        print("seed step's computation (hash check + draw)", total);
    }

    private static void print(String label, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%-52s %10.1f %10.1f%n", label, sorted[sorted.length / 2] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
