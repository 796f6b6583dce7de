package cn.safety.enforcement.web.division;

import cn.safety.enforcement.domain.division.Division;
import org.mapstruct.Mapper;

import java.util.List;

@Mapper
public interface DivisionMapper {

    DivisionView toView(Division division);

    List<DivisionView> toViews(List<Division> divisions);
}
