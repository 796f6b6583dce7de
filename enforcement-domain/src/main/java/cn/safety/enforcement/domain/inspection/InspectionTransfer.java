package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;

/** 移送 (002§(十)): a problem that belongs to another department, to whom, what, when and by whom. Part of the inspection. */
@Entity
@Table(name = "inspection_transfer")
public class InspectionTransfer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inspection_transfer_seq")
    @SequenceGenerator(name = "inspection_transfer_seq", sequenceName = "inspection_transfer_seq", allocationSize = 50)
    private Long id;

    @Column(name = "to_department", nullable = false, length = 100)
    private String toDepartment;

    @Column(nullable = false, length = 2000)
    private String matter;

    @Column(name = "transferred_at", nullable = false)
    private Instant transferredAt;

    @Column(name = "transferred_by", nullable = false, length = 64)
    private String transferredBy;

    protected InspectionTransfer() {
    }

    InspectionTransfer(String toDepartment, String matter, String by, Instant at) {
        this.toDepartment = toDepartment;
        this.matter = matter;
        this.transferredBy = by;
        this.transferredAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getToDepartment() {
        return toDepartment;
    }

    public String getMatter() {
        return matter;
    }

    public Instant getTransferredAt() {
        return transferredAt;
    }

    public String getTransferredBy() {
        return transferredBy;
    }
}
