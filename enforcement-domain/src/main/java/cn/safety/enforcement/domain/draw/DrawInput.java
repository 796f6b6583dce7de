package cn.safety.enforcement.domain.draw;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a draw is computed from, exactly as published: the candidates' credit codes and the roster's certificate numbers
 * in ascending order, the ratio and the recusals. The seed comes separately, after the freeze.
 */
public record DrawInput(List<String> candidates, BigDecimal ratio, List<String> roster, List<RecusedPair> recusals) {

    public DrawInput {
        candidates = List.copyOf(candidates);
        roster = List.copyOf(roster);
        recusals = List.copyOf(recusals);
    }
}
