package cn.safety.enforcement.web.entrustment;

/** Ending an entrustment on the page: the reason, the version seen, and the confirmation. */
public class EndForm {

    private String reason;
    private Long version;
    private boolean confirmed;

    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
