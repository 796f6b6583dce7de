package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** 行政执法证: the certificate number and the dates between which it is valid. */
@Embeddable
public class EnforcementCertificate {

    @Column(name = "certificate_number", length = 64)
    private String number;

    @Column(name = "certificate_valid_from")
    private LocalDate validFrom;

    @Column(name = "certificate_valid_until")
    private LocalDate validUntil;

    protected EnforcementCertificate() {
    }

    public EnforcementCertificate(String number, LocalDate validFrom, LocalDate validUntil) {
        this.number = number;
        this.validFrom = validFrom;
        this.validUntil = validUntil;
    }

    public boolean isValidOn(LocalDate day) {
        return number != null && period().contains(day);
    }

    /** The days the certificate is valid, both included. */
    public Period period() {
        return new Period(validFrom, validUntil);
    }

    public String getNumber() {
        return number;
    }

    public LocalDate getValidFrom() {
        return validFrom;
    }

    public LocalDate getValidUntil() {
        return validUntil;
    }
}
