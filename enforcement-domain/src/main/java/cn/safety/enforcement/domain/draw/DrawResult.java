package cn.safety.enforcement.domain.draw;

import java.util.List;

/**
 * The outcome of a draw: the selected enterprises in drawn order and, for each, its two inspectors; an enterprise with
 * fewer than two eligible inspectors has none and is marked {@code shortfall}.
 */
public record DrawResult(List<String> selected, List<Assignment> assignments) {

    public DrawResult {
        selected = List.copyOf(selected);
        assignments = List.copyOf(assignments);
    }

    public record Assignment(String creditCode, List<String> inspectors, boolean shortfall) {

        public Assignment {
            inspectors = List.copyOf(inspectors);
        }
    }

    public List<String> shortfalls() {
        return assignments.stream().filter(Assignment::shortfall).map(Assignment::creditCode).toList();
    }
}
