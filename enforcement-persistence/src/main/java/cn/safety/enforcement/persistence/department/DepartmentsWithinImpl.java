package cn.safety.enforcement.persistence.department;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentChanged;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.persistence.KeptReferenceData;
import com.github.benmanes.caffeine.cache.Cache;
import jakarta.persistence.EntityManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * Every page asks for the departments within the signed-in user's division (their scope, the department filter, the
 * names on the rows): they are kept per division, dropped on this node when a department is established or renamed,
 * and re-read after the configured time for changes made on other nodes. Departments never move, so a kept list never
 * widens anyone's scope.
 */
class DepartmentsWithinImpl implements DepartmentsWithin {

    private static final String WITHIN = """
            select d from Department d
            where d.location.divisionCode = :root or d.location.cityCode = :root or d.location.provinceCode = :root
            order by d.location.divisionCode, d.id""";

    private final EntityManager entityManager;
    private final KeptReferenceData reference;
    private final Cache<String, List<Department>> kept;

    DepartmentsWithinImpl(EntityManager entityManager, KeptReferenceData reference) {
        this.entityManager = entityManager;
        this.reference = reference;
        this.kept = reference.newCache();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Department> findWithin(Location root) {
        return kept.get(root.divisionCode(),
                code -> reference.readDetached(entityManager, WITHIN, Department.class, "root", code));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void departmentChanged(DepartmentChanged changed) {
        kept.invalidateAll();
    }
}
