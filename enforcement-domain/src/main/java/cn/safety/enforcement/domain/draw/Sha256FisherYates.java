package cn.safety.enforcement.domain.draw;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The published draw algorithm {@value #NAME} (双随机、一公开, R3). Anyone can re-implement it from this description
 * and check a published draw; {@code docs/draw-verify.py} and the public draw page do so.
 * <ol>
 *   <li>Byte stream: {@code SHA-256(seed ‖ uint64_be(0)) ‖ SHA-256(seed ‖ uint64_be(1)) ‖ …}, the seed as UTF-8 bytes,
 *       the counter as 8 bytes big-endian.</li>
 *   <li>It is read 8 bytes at a time as unsigned big-endian integers {@code r}. {@code uniform(m)}, for m ≥ 1: with
 *       {@code limit = 2^64 − (2^64 mod m)}, read {@code r} until {@code r < limit}, return {@code r mod m}
 *       ({@code uniform(1)} too reads one value).</li>
 *   <li>Enterprises: the candidates' credit codes in ascending order (by Unicode code point, = UTF-8 byte order),
 *       {@code n} of them; {@code k = ceil(n × ratio)} computed exactly on the decimal ratio (0 &lt; ratio ≤ 1).
 *       Fisher–Yates: {@code for i = n−1 down to 1: j = uniform(i+1); swap(a[i], a[j])}; the selected ones are
 *       {@code a[0] … a[k−1]}, in that order.</li>
 *   <li>Inspectors, continuing the same stream: the roster's certificate numbers in ascending order. For each selected
 *       enterprise in order: if fewer than two roster members are not recused for it, it gets no inspector and is
 *       marked as a shortfall, and nothing is read from the stream; otherwise twice: among the roster members not yet
 *       chosen for this enterprise and not recused for it, take those with the fewest assignments so far in this draw
 *       (kept in roster order) and pick the one at index {@code uniform(count)}. The two are listed in the order
 *       picked.</li>
 * </ol>
 * The candidates' SHA-256 is the lower-case hex of SHA-256 over the credit codes joined by {@code "\n"} (UTF-8, no
 * trailing newline; the empty list gives the hash of no bytes).
 */
public final class Sha256FisherYates {

    public static final String NAME = "SHA256-FY-1";

    /** Each enterprise gets this many inspectors (at least two, R12). */
    public static final int INSPECTORS_PER_ENTERPRISE = 2;

    private Sha256FisherYates() {
    }

    /** {@code k = ceil(n × ratio)}; the ratio must lie in (0, 1]. */
    public static int count(int n, BigDecimal ratio) {
        requireRatio(ratio);
        return BigDecimal.valueOf(n).multiply(ratio).setScale(0, RoundingMode.CEILING).intValueExact();
    }

    public static boolean ratioAllowed(BigDecimal ratio) {
        return ratio != null && ratio.signum() > 0 && ratio.compareTo(BigDecimal.ONE) <= 0;
    }

    private static void requireRatio(BigDecimal ratio) {
        if (!ratioAllowed(ratio)) {
            throw new IllegalArgumentException("the ratio must lie in (0, 1]: " + ratio);
        }
    }

    /** Lower-case hex SHA-256 of the codes joined by "\n" (UTF-8, no trailing newline). */
    public static String candidatesSha256(List<String> sortedCodes) {
        MessageDigest sha = sha256();
        java.io.ByteArrayOutputStream chunk = new java.io.ByteArrayOutputStream(1 << 16);
        boolean first = true;
        for (String code : sortedCodes) {
            if (!first) {
                chunk.write('\n');
            }
            chunk.writeBytes(code.getBytes(StandardCharsets.UTF_8));
            first = false;
            if (chunk.size() >= 1 << 16) {
                sha.update(chunk.toByteArray());
                chunk.reset();
            }
        }
        sha.update(chunk.toByteArray());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Whether the list is strictly ascending by code point (sorted, no duplicates). */
    public static boolean strictlyAscending(List<String> values) {
        for (int i = 1; i < values.size(); i++) {
            if (CodePointOrder.INSTANCE.compare(values.get(i - 1), values.get(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    public static DrawResult draw(String seed, DrawInput input) {
        if (seed == null) {
            throw new IllegalArgumentException("no seed");
        }
        if (!strictlyAscending(input.candidates()) || !strictlyAscending(input.roster())) {
            throw new IllegalArgumentException("candidates and roster must be strictly ascending");
        }
        ByteStream stream = new ByteStream(seed);
        String[] a = input.candidates().toArray(new String[0]);
        int n = a.length;
        int k = count(n, input.ratio());
        for (int i = n - 1; i >= 1; i--) {
            int j = (int) stream.uniform(i + 1L);
            String t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        List<String> selected = List.copyOf(java.util.Arrays.asList(a).subList(0, k));
        return new DrawResult(selected, assign(stream, selected, input.roster(), input.recusals()));
    }

    private static List<DrawResult.Assignment> assign(ByteStream stream, List<String> selected, List<String> roster,
                                                      List<RecusedPair> recusals) {
        Map<String, Integer> rosterIndex = new HashMap<>();
        for (int i = 0; i < roster.size(); i++) {
            rosterIndex.put(roster.get(i), i);
        }
        Map<String, Set<Integer>> recusedFor = new HashMap<>();
        for (RecusedPair p : recusals) {
            Integer i = rosterIndex.get(p.certificateNumber());
            if (i != null) {
                recusedFor.computeIfAbsent(p.creditCode(), c -> new HashSet<>()).add(i);
            }
        }
        int r = roster.size();
        int[] load = new int[r];
        int[] eligible = new int[r];
        List<DrawResult.Assignment> out = new ArrayList<>(selected.size());
        for (String code : selected) {
            Set<Integer> recused = recusedFor.getOrDefault(code, Set.of());
            if (r - recused.size() < INSPECTORS_PER_ENTERPRISE) {
                out.add(new DrawResult.Assignment(code, List.of(), true));
                continue;
            }
            List<String> chosen = new ArrayList<>(INSPECTORS_PER_ENTERPRISE);
            int first = -1;
            for (int pick = 0; pick < INSPECTORS_PER_ENTERPRISE; pick++) {
                int count = 0;
                int fewest = Integer.MAX_VALUE;
                for (int i = 0; i < r; i++) {
                    if (i == first || recused.contains(i)) {
                        continue;
                    }
                    if (load[i] < fewest) {
                        fewest = load[i];
                        count = 0;
                    }
                    if (load[i] == fewest) {
                        eligible[count++] = i;
                    }
                }
                int chosenIndex = eligible[(int) stream.uniform(count)];
                load[chosenIndex]++;
                first = chosenIndex;
                chosen.add(roster.get(chosenIndex));
            }
            out.add(new DrawResult.Assignment(code, chosen, false));
        }
        return out;
    }

    /** The byte stream of the seed, read as unsigned 64-bit integers. */
    static final class ByteStream {

        private final MessageDigest sha = sha256();
        private final byte[] seed;
        private final byte[] counterBytes = new byte[8];
        private long counter;
        private byte[] block = new byte[0];
        private int position;

        ByteStream(String seed) {
            this.seed = seed.getBytes(StandardCharsets.UTF_8);
        }

        /** The next 8 bytes as an unsigned big-endian integer (held in a long's 64 bits). */
        long next() {
            long r = 0;
            for (int b = 0; b < 8; b++) {
                if (position == block.length) {
                    refill();
                }
                r = (r << 8) | (block[position++] & 0xFF);
            }
            return r;
        }

        private void refill() {
            long c = counter++;
            for (int b = 7; b >= 0; b--) {
                counterBytes[b] = (byte) c;
                c >>>= 8;
            }
            sha.update(seed);
            sha.update(counterBytes);
            block = sha.digest();
            position = 0;
        }

        /** A uniform integer in [0, m), by rejection: {@code limit = 2^64 − (2^64 mod m)}. */
        long uniform(long m) {
            if (m < 1) {
                throw new IllegalArgumentException("uniform(" + m + ")");
            }
            // 2^64 mod m = ((2^64 − 1) mod m + 1) mod m
            long rem = (Long.remainderUnsigned(-1L, m) + 1) % m;
            while (true) {
                long r = next();
                // limit = 2^64 − rem: when rem is 0 every r is below it; otherwise limit is −rem as an unsigned long
                if (rem == 0 || Long.compareUnsigned(r, -rem) < 0) {
                    return Long.remainderUnsigned(r, m);
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
