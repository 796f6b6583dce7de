package cn.safety.enforcement.web.entrustment;

import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;

/** The entrusting form: organisation, township, period and document number. */
public class EntrustmentForm {

    private String organisationName;
    private Long townshipId;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate validUntil;
    private String documentNumber;

    public String getOrganisationName() { return organisationName; }
    public void setOrganisationName(String organisationName) { this.organisationName = organisationName; }
    public Long getTownshipId() { return townshipId; }
    public void setTownshipId(Long townshipId) { this.townshipId = townshipId; }
    public LocalDate getValidFrom() { return validFrom; }
    public void setValidFrom(LocalDate validFrom) { this.validFrom = validFrom; }
    public LocalDate getValidUntil() { return validUntil; }
    public void setValidUntil(LocalDate validUntil) { this.validUntil = validUntil; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
}
