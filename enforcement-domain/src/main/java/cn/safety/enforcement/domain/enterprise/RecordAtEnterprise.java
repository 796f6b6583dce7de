package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.jurisdiction.RecordUnderJurisdiction;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * A record made at one enterprise (an inspection of it, a hazard found there): under the jurisdiction of the department
 * that made it and lying where the enterprise lay when it was made (its division and township are copied then).
 */
@MappedSuperclass
public abstract class RecordAtEnterprise extends RecordUnderJurisdiction {

    @Column(name = "enterprise_id", nullable = false)
    private Long enterpriseId;

    protected RecordAtEnterprise() {
    }

    protected RecordAtEnterprise(long departmentId, Enterprise enterprise) {
        super(departmentId, enterprise.getLocation(), enterprise.getTownshipId());
        this.enterpriseId = enterprise.getId();
    }

    public Long getEnterpriseId() {
        return enterpriseId;
    }
}
