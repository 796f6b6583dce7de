package cn.safety.enforcement.domain.division;

import java.util.List;

/** One division with the path to it from the top of the admin's area, and its children. */
public record DivisionBranch(Division current, List<Division> trail, List<Division> children) {
}
