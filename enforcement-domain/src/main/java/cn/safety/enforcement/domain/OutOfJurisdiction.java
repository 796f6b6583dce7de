package cn.safety.enforcement.domain;

/** The caller may see the object but this action on it is outside their department's jurisdiction or role. */
public class OutOfJurisdiction extends RuntimeException {

    private final String messageCode;

    public OutOfJurisdiction(String messageCode) {
        super(messageCode);
        this.messageCode = messageCode;
    }

    public String messageCode() {
        return messageCode;
    }
}
