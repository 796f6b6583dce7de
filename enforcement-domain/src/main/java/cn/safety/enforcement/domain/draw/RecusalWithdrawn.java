package cn.safety.enforcement.domain.draw;

/** The link ended: the recusal no longer applies to later draws. */
public record RecusalWithdrawn(RecusalSnapshot before, RecusalSnapshot after) implements RecusalChange {
}
