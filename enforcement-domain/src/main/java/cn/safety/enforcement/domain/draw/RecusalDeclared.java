package cn.safety.enforcement.domain.draw;

/** 回避: an inspector's link to an enterprise was declared (by the inspector) or recorded (by a supervisor or admin). */
public record RecusalDeclared(RecusalSnapshot after) implements RecusalChange {

    public static RecusalDeclared of(Recusal saved) {
        return new RecusalDeclared(saved.snapshot());
    }

    @Override
    public RecusalSnapshot before() {
        return null;
    }
}
