package cn.safety.enforcement.domain.division;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: where divisions are kept. */
public interface Divisions {

    Optional<Division> findByCode(String code);

    List<Division> findAllByCodeIn(Collection<String> codes);

    List<Division> findByParentCodeOrderByCode(String parentCode);

    List<Division> findByParentCodeIsNullOrderByCode();

    /** Active divisions at or below {@code root}, ordered by code (the choices of a location field). */
    List<Division> findWithin(Location root);

    /** Autocomplete: active divisions within {@code root} whose name or code starts with the term. */
    List<Division> suggest(Location root, String term, int limit);

    boolean existsById(String code);

    boolean existsByParentCode(String parentCode);

    Division save(Division division);
}
