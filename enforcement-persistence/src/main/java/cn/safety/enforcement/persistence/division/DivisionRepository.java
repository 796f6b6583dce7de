package cn.safety.enforcement.persistence.division;

import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Location;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

/** The divisions, with the active ones within a division kept for a short time ({@link DivisionsWithin}). */
interface DivisionRepository extends JpaRepository<Division, String>, Divisions, DivisionsWithin {

    /** Anything but six digits is no division code: answered without asking the database (a NUL would fail there). */
    @Override
    default java.util.Optional<Division> findByCode(String code) {
        if (code == null || !code.matches("[0-9]{6}")) {
            return java.util.Optional.empty();
        }
        return findById(code);
    }

    @Override
    default List<Division> suggest(Location root, String term, int limit) {
        String escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return suggestWithin(root.divisionCode(), escaped, Limit.of(limit));
    }

    @Query("""
            select d from Division d
            where d.retiredOn is null
              and (d.code = :root or d.cityCode = :root or d.provinceCode = :root)
              and (d.code like concat(:term, '%') escape '\\' or d.name like concat('%', :term, '%') escape '\\')
            order by d.code""")
    List<Division> suggestWithin(@Param("root") String root, @Param("term") String term, Limit limit);
}
