package cn.safety.enforcement.domain.draw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a freeze fixes besides the draw's own fields: the candidates (enterprise and credit code) in ascending order of
 * credit code, the roster's certificate numbers in ascending order, and the recusals of roster members for candidates.
 */
public record FrozenLists(List<DrawCandidate> candidates, List<String> roster, List<RecusedPair> recusals) {

    public FrozenLists {
        candidates = List.copyOf(candidates);
        roster = List.copyOf(roster);
        recusals = List.copyOf(recusals);
    }

    /**
     * Sorts and de-duplicates: candidates by credit code (one enterprise per code), the roster by certificate number,
     * and keeps only the recusals of roster members for candidates.
     */
    public static FrozenLists of(List<DrawCandidate> candidates, List<String> roster, List<RecusedPair> recusals) {
        List<DrawCandidate> sorted = new ArrayList<>(candidates);
        // credit codes are ASCII, where String's own order is the code point order (and much faster)
        boolean basic = candidates.stream().allMatch(c -> CodePointOrder.withinBasicPlane(c.creditCode()));
        sorted.sort(Comparator.comparing(DrawCandidate::creditCode,
                basic ? Comparator.<String>naturalOrder() : CodePointOrder.INSTANCE));
        List<DrawCandidate> unique = new ArrayList<>(sorted.size());
        for (DrawCandidate c : sorted) {
            if (unique.isEmpty() || !unique.get(unique.size() - 1).creditCode().equals(c.creditCode())) {
                unique.add(c);
            }
        }
        List<String> members = roster.stream().distinct().sorted(CodePointOrder.INSTANCE).toList();
        Set<String> memberSet = new HashSet<>(members);
        List<RecusedPair> relevant = recusals.stream().distinct()
                .filter(r -> memberSet.contains(r.certificateNumber()))
                .sorted().toList();
        if (!relevant.isEmpty()) {
            List<String> codes = unique.stream().map(DrawCandidate::creditCode).toList();
            relevant = relevant.stream()
                    .filter(r -> java.util.Collections.binarySearch(codes, r.creditCode(), CodePointOrder.INSTANCE) >= 0)
                    .toList();
        }
        return new FrozenLists(unique, members, relevant);
    }

    public List<String> creditCodes() {
        return candidates.stream().map(DrawCandidate::creditCode).toList();
    }

    public DrawInput input(java.math.BigDecimal ratio) {
        return new DrawInput(creditCodes(), ratio, roster, recusals);
    }
}
