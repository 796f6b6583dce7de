package cn.safety.enforcement.web.draw;

/** The page's form: the inspector (the signed-in user when empty), the enterprise's credit code, the reason. */
public class RecusalForm {

    private Long userId;
    private String creditCode;
    private String reason;

    public Long getUserId() {
        return userId;
    }

    public void setUserId(Long userId) {
        this.userId = userId;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
