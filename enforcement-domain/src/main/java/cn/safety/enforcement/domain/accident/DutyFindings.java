package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.util.List;

/** Port: where duty findings are kept. */
public interface DutyFindings {

    /** The findings at one enterprise, latest first. */
    @Unscoped("the caller has checked that the enterprise is readable; its findings are read under its jurisdiction")
    List<DutyFinding> ofEnterprise(long enterpriseId);

    DutyFinding save(DutyFinding finding);
}
