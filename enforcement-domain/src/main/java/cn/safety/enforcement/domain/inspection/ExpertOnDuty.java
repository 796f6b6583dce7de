package cn.safety.enforcement.domain.inspection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An expert who joined an inspection (执法+专家), with name, speciality and organisation as on that day. */
@Embeddable
public class ExpertOnDuty {

    @Column(name = "expert_id", nullable = false)
    private Long expertId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 100)
    private String speciality;

    @Column(nullable = false, length = 200)
    private String organisation;

    protected ExpertOnDuty() {
    }

    public ExpertOnDuty(Expert expert) {
        this.expertId = expert.getId();
        this.name = expert.getName();
        this.speciality = expert.getSpeciality();
        this.organisation = expert.getOrganisation();
    }

    public Long getExpertId() {
        return expertId;
    }

    public String getName() {
        return name;
    }

    public String getSpeciality() {
        return speciality;
    }

    public String getOrganisation() {
        return organisation;
    }
}
