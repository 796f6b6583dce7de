package cn.safety.enforcement.domain.draw;

/** A published recusal: the inspector (by certificate number) is not drawn for the enterprise (by credit code). */
public record RecusedPair(String certificateNumber, String creditCode) implements Comparable<RecusedPair> {

    @Override
    public int compareTo(RecusedPair o) {
        int c = CodePointOrder.INSTANCE.compare(certificateNumber, o.certificateNumber);
        return c != 0 ? c : CodePointOrder.INSTANCE.compare(creditCode, o.creditCode);
    }
}
