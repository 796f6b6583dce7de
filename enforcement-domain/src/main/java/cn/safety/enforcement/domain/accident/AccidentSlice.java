package cn.safety.enforcement.domain.accident;

import java.util.List;

/** One page of accidents, newest recorded first; {@code next} is the cursor of the following page, or null. */
public record AccidentSlice(List<Accident> items, String next) {
}
