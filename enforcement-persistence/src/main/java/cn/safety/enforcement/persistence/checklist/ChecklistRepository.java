package cn.safety.enforcement.persistence.checklist;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistStatus;
import cn.safety.enforcement.domain.checklist.Checklists;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The checklists with their items fetched in the same query. The table holds a few dozen versions (one row per version
 * of each national standard), so the sector and feature are matched on the versions that apply on the day rather than
 * through an index on the array column.
 */
interface ChecklistRepository extends JpaRepository<Checklist, Long>, Checklists, ChecklistLocking {

    Comparator<Checklist> BY_CODE_NEWEST_FIRST = Comparator.comparing(Checklist::getCode)
            .thenComparing(Checklist::getVersion, Comparator.reverseOrder());

    @Override
    default List<Checklist> inForce(Sector sector, Set<Feature> features, LocalDate day) {
        return applyingOn(day).stream()
                .filter(Checklist::automatic)
                .filter(c -> c.appliesTo(sector, features))
                .sorted(BY_CODE_NEWEST_FIRST)
                .toList();
    }

    @Override
    default List<Checklist> industryListsInForce(Sector sector, LocalDate day) {
        return applyingOn(day).stream()
                .filter(c -> !c.automatic())
                .filter(c -> sector == null || c.getSectors().contains(sector))
                .sorted(BY_CODE_NEWEST_FIRST)
                .toList();
    }

    @Override
    default Optional<Checklist> find(long id) {
        return findWithItems(id);
    }

    @Override
    default List<Checklist> list(Sector sector, Feature feature, ChecklistStatus status, int limit) {
        return findAllWithItems().stream()
                .filter(c -> sector == null || c.getSectors().contains(sector))
                .filter(c -> feature == null || feature == c.getFeature())
                .filter(c -> status == null || status == c.getStatus())
                .sorted(BY_CODE_NEWEST_FIRST)
                .limit(limit)
                .toList();
    }

    @Override
    default Checklist add(Checklist checklist) {
        try {
            return saveAndFlush(checklist);
        } catch (DataIntegrityViolationException e) {
            throw new Conflict("code", "checklist.draft.exists", checklist.getCode());
        }
    }

    @Query("select distinct c from Checklist c left join fetch c.items"
            + " where c.status <> cn.safety.enforcement.domain.checklist.ChecklistStatus.DRAFT"
            + " and c.effectiveFrom <= :day and (c.effectiveUntil is null or c.effectiveUntil > :day)")
    List<Checklist> applyingOn(@Param("day") LocalDate day);

    @Query("select c from Checklist c left join fetch c.items where c.id = :id")
    Optional<Checklist> findWithItems(@Param("id") long id);

    @Override
    @Query("select distinct c from Checklist c left join fetch c.items where c.code = :code order by c.number desc")
    List<Checklist> versions(@Param("code") String code);

    @Query("select distinct c from Checklist c left join fetch c.items")
    List<Checklist> findAllWithItems();
}
