package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.audit.RecordedChange;

import java.util.Map;

/** The public seed was entered and the draw made; {@code result} is stored with it (not part of the entry). */
public record DrawSeeded(DrawSnapshot before, DrawSnapshot after, DrawResult result) implements DrawChange {

    @Override
    public Map<String, Object> details() {
        return RecordedChange.details("selected", result == null ? null : result.selected().size());
    }
}
