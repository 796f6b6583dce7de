package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** The enterprise refused to sign the 现场检查记录: recorded with a witness. Part of the inspection. */
@Entity
@Table(name = "inspection_signature_refusal")
public class SignatureRefusal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_signature_refusal_seq")
    @SequenceGenerator(name = "inspection_signature_refusal_seq", sequenceName = "inspection_signature_refusal_seq",
            allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64)
    private String witness;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    protected SignatureRefusal() {
    }

    SignatureRefusal(String witness, String note, String recordedBy, Instant recordedAt) {
        this.witness = witness;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getWitness() {
        return witness;
    }

    public String getNote() {
        return note;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
