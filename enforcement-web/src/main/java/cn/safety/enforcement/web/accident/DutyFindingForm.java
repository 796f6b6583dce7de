package cn.safety.enforcement.web.accident;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The duty-finding form of the enterprise file. */
public class DutyFindingForm {

    private String finding;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate foundOn;

    public String getFinding() { return finding; }
    public void setFinding(String finding) { this.finding = finding; }
    public LocalDate getFoundOn() { return foundOn; }
    public void setFoundOn(LocalDate foundOn) { this.foundOn = foundOn; }
}
