package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.SectorCode;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** {@code POST /api/v1/enterprises}: the required fields of the contract, and the optional rest of the profile. */
public record EnterpriseRequest(
        String creditCode,
        String name,
        String divisionCode,
        String address,
        @Schema(description = "A sector code. The former sector codes COMBUSTIBLE_DUST, AMMONIA_REFRIGERATION and"
                + " CONFINED_SPACE are still accepted: each is read as INDUSTRY_TRADE with the feature of the same name.",
                allowableValues = {"MINING", "HAZARDOUS_CHEMICALS", "FIREWORKS", "METALLURGY", "INDUSTRY_TRADE",
                        "CONSTRUCTION", "TRANSPORT", "GAS", "SPECIAL_EQUIPMENT", "OTHER", "COMBUSTIBLE_DUST",
                        "AMMONIA_REFRIGERATION", "CONFINED_SPACE"})
        String sector,
        @ArraySchema(arraySchema = @Schema(description = "Features of a 工贸 enterprise (sector INDUSTRY_TRADE or"
                + " METALLURGY only); none when absent."))
        List<Feature> features,
        Integer employees,
        RiskGrade riskGrade,
        Scale scale,
        String legalRepresentative,
        String mainResponsiblePerson,
        Boolean safetyOrganization,
        Integer fullTimeSafetyStaff,
        Integer partTimeSafetyStaff,
        StandardizationGrade standardizationGrade,
        Integer majorHazardSources,
        OperatingStatus status) {

    /**
     * The profile; a former sector code adds its feature to those given. An unknown sector code is refused on the
     * field, as any unreadable value is.
     */
    EnterpriseProfile toProfile() {
        SectorCode code = null;
        if (sector != null && !sector.isBlank()) {
            code = SectorCode.parse(sector).orElseThrow(() -> new RuleViolation("sector", "error.invalidValue"));
        }
        Set<Feature> all = EnumSet.noneOf(Feature.class);
        if (features != null) {
            if (features.contains(null)) {
                throw new RuleViolation("features", "error.invalidValue");
            }
            all.addAll(features);
        }
        if (code != null && code.feature() != null) {
            all.add(code.feature());
        }
        return new EnterpriseProfile(name, address, code == null ? null : code.sector(), employees, scale,
                legalRepresentative, mainResponsiblePerson, Boolean.TRUE.equals(safetyOrganization),
                fullTimeSafetyStaff, partTimeSafetyStaff, standardizationGrade, riskGrade, majorHazardSources, status,
                all);
    }
}
