package cn.safety.enforcement.domain.division;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where townships, streets and zones are kept. They are reference data of the county they lie in. */
public interface Townships {

    Optional<Township> findById(Long id);

    List<Township> findAllById(Iterable<Long> ids);

    /** The townships of these counties, by name. */
    List<Township> findByCounties(Collection<String> divisionCodes);

    /** Whether the county already has a township of this name (names are unique within a county). */
    boolean existsByCountyDivisionCodeAndName(String divisionCode, String name);

    boolean existsByCountyDivisionCodeAndNameAndIdNot(String divisionCode, String name, Long id);

    boolean existsByCode(String code);

    Township save(Township township);
}
