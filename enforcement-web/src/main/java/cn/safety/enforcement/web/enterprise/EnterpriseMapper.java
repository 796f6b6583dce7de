package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Entity to view only; the names of the division and department come from the page's {@link Names}. */
@Mapper
interface EnterpriseMapper {

    @Mapping(target = "divisionName", expression = "java(names.divisionName(enterprise.getDivisionCode()))")
    @Mapping(target = "department", expression = "java(names.departmentView(enterprise.getDepartmentId()))")
    @Mapping(target = "townshipName", expression = "java(names.townshipName(enterprise.getTownshipId()))")
    EnterpriseView toView(Enterprise enterprise, @Context Names names);
}
