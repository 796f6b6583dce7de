package cn.safety.enforcement.domain.draw;

/** A second seed for a draw: refused (409), the first one stands. */
public class DrawAlreadySeeded extends RuntimeException {

    public DrawAlreadySeeded() {
        super("draw.seed.already");
    }

    public String messageCode() {
        return "draw.seed.already";
    }
}
