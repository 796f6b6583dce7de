package cn.safety.enforcement.persistence.division;

import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.DivisionChanged;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.persistence.KeptReferenceData;
import com.github.benmanes.caffeine.cache.Cache;
import jakarta.persistence.EntityManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import java.util.List;

/**
 * The active divisions within the signed-in user's division are the choices of every location filter and field and
 * name the rows of the lists: they are kept per division, dropped on this node when a division is established,
 * renamed, retired or reinstated, and re-read after the configured time for changes made on other nodes.
 */
class DivisionsWithinImpl implements DivisionsWithin {

    private static final String WITHIN = """
            select d from Division d
            where d.retiredOn is null and (d.code = :root or d.cityCode = :root or d.provinceCode = :root)
            order by d.code""";

    private final EntityManager entityManager;
    private final KeptReferenceData reference;
    private final Cache<String, List<Division>> kept;

    DivisionsWithinImpl(EntityManager entityManager, KeptReferenceData reference) {
        this.entityManager = entityManager;
        this.reference = reference;
        this.kept = reference.newCache();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Division> findWithin(Location root) {
        return kept.get(root.divisionCode(),
                code -> reference.readDetached(entityManager, WITHIN, Division.class, "root", code));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void divisionChanged(DivisionChanged changed) {
        kept.invalidateAll();
    }
}
