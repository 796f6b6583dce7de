package cn.safety.enforcement.persistence.division;

import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface TownshipRepository extends JpaRepository<Township, Long>, Townships {

    @Override
    @Query("select t from Township t where t.county.divisionCode in :codes order by t.county.divisionCode, t.name")
    List<Township> findByCounties(@Param("codes") Collection<String> divisionCodes);
}
