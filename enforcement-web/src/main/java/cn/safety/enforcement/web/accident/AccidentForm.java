package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.accident.Accident;
import org.springframework.format.annotation.DateTimeFormat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;

/** The accident form of the enterprise file: the time is local (the application's zone), the category a code. */
public class AccidentForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME, fallbackPatterns = {"yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd HH:mm"})
    private LocalDateTime occurredAt;
    private String place;
    private String category;
    private Integer deaths;
    private Integer seriousInjuries;
    private BigDecimal directLossTenThousandYuan;
    private String summary;

    Accident.Report toReport(ZoneId zone) {
        return new Accident.Report(occurredAt == null ? null : occurredAt.atZone(zone).toInstant(), place, category,
                deaths, seriousInjuries, directLossTenThousandYuan, summary);
    }

    public LocalDateTime getOccurredAt() { return occurredAt; }
    public void setOccurredAt(LocalDateTime occurredAt) { this.occurredAt = occurredAt; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getCategory() { return category; }
    public void setCategory(String category) { this.category = category; }
    public Integer getDeaths() { return deaths; }
    public void setDeaths(Integer deaths) { this.deaths = deaths; }
    public Integer getSeriousInjuries() { return seriousInjuries; }
    public void setSeriousInjuries(Integer seriousInjuries) { this.seriousInjuries = seriousInjuries; }
    public BigDecimal getDirectLossTenThousandYuan() { return directLossTenThousandYuan; }
    public void setDirectLossTenThousandYuan(BigDecimal directLossTenThousandYuan) {
        this.directLossTenThousandYuan = directLossTenThousandYuan;
    }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
}
