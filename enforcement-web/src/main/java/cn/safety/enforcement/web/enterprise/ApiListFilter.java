package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.SectorCode;

/**
 * The list and export parameters of the API as a filter. {@code sector} takes the former sector codes too:
 * {@code sector=COMBUSTIBLE_DUST} lists the 工贸 enterprises with the feature 涉爆粉尘, as it listed that sector before.
 */
final class ApiListFilter {

    private ApiListFilter() {
    }

    static EnterpriseFilter of(String q, String divisionCode, String sector, RiskGrade riskGrade, Long departmentId,
                               Feature feature) {
        if (sector == null || sector.isBlank()) {
            return new EnterpriseFilter(q, divisionCode, null, riskGrade, departmentId, feature);
        }
        SectorCode code = SectorCode.parse(sector)
                .orElseThrow(() -> new RuleViolation("sector", "error.invalidValue"));
        if (code.feature() != null && feature != null && feature != code.feature()) {
            // one feature per list: a former sector code and another feature cannot both be asked for
            throw new RuleViolation("feature", "enterprise.features.oneFilter");
        }
        return new EnterpriseFilter(q, divisionCode, code.sector(), riskGrade, departmentId,
                code.feature() != null ? code.feature() : feature);
    }
}
