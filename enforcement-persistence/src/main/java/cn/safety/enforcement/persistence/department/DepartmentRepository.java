package cn.safety.enforcement.persistence.department;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

/** The departments, with those within a division kept for a short time ({@link DepartmentsWithin}). */
interface DepartmentRepository extends JpaRepository<Department, Long>, Departments, DepartmentsWithin {

    @Override
    @Query("select d from Department d where d.location.divisionCode in :codes order by d.location.divisionCode, d.id")
    List<Department> findByDivisionCodes(@Param("codes") Collection<String> divisionCodes);

    @Override
    default List<Department> pageAfter(Collection<Long> ids, String namePattern, String divisionCode, long id,
                                       int limit) {
        return ids.isEmpty() ? List.of() : pageAfterRows(ids, namePattern, divisionCode, id, Limit.of(limit));
    }

    @Override
    default List<Department> pageBefore(Collection<Long> ids, String namePattern, String divisionCode, long id,
                                        int limit) {
        return ids.isEmpty() ? List.of() : pageBeforeRows(ids, namePattern, divisionCode, id, Limit.of(limit));
    }

    @Override
    default long countMatching(Collection<Long> ids, String namePattern) {
        return ids.isEmpty() ? 0 : countMatchingRows(ids, namePattern);
    }

    @Query("""
            select d from Department d where d.id in :ids and lower(d.name) like :pattern escape '\\'
            and (d.location.divisionCode > :code or (d.location.divisionCode = :code and d.id > :id))
            order by d.location.divisionCode, d.id""")
    List<Department> pageAfterRows(@Param("ids") Collection<Long> ids, @Param("pattern") String namePattern,
                                   @Param("code") String divisionCode, @Param("id") long id, Limit limit);

    @Query("""
            select d from Department d where d.id in :ids and lower(d.name) like :pattern escape '\\'
            and (d.location.divisionCode < :code or (d.location.divisionCode = :code and d.id < :id))
            order by d.location.divisionCode desc, d.id desc""")
    List<Department> pageBeforeRows(@Param("ids") Collection<Long> ids, @Param("pattern") String namePattern,
                                    @Param("code") String divisionCode, @Param("id") long id, Limit limit);

    @Query("select count(d) from Department d where d.id in :ids and lower(d.name) like :pattern escape '\\'")
    long countMatchingRows(@Param("ids") Collection<Long> ids, @Param("pattern") String namePattern);
}
