package cn.safety.enforcement.domain.draw;

/** 双随机: the candidates, ratio, count, roster, recusals and the seed's public source were fixed and published. */
public record DrawFrozen(DrawSnapshot after) implements DrawChange {

    public static DrawFrozen of(Draw saved) {
        return new DrawFrozen(saved.snapshot());
    }

    @Override
    public DrawSnapshot before() {
        return null;
    }
}
