package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An inspector of one inspection (R12): the account, the name, and the 执法证 number with its last valid day, as they were
 * when the inspection started (the record keeps them even if the certificate is renewed later).
 */
@Embeddable
public class InspectorOnDuty {

    @Column(nullable = false, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 64)
    private String fullName;

    @Column(name = "certificate_number", nullable = false, length = 64)
    private String certificateNumber;

    @Column(name = "certificate_valid_until", nullable = false)
    private LocalDate certificateValidUntil;

    protected InspectorOnDuty() {
    }

    public InspectorOnDuty(String username, String fullName, String certificateNumber, LocalDate certificateValidUntil) {
        this.username = Objects.requireNonNull(username);
        this.fullName = Objects.requireNonNull(fullName);
        this.certificateNumber = Objects.requireNonNull(certificateNumber);
        this.certificateValidUntil = Objects.requireNonNull(certificateValidUntil);
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getCertificateNumber() {
        return certificateNumber;
    }

    public LocalDate getCertificateValidUntil() {
        return certificateValidUntil;
    }

    /** 姓名（username）: how records name people. */
    public String displayName() {
        return fullName + "（" + username + "）";
    }
}
