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

    Township save(Township township);
}
