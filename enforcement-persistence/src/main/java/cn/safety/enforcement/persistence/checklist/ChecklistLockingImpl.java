package cn.safety.enforcement.persistence.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Item rows are written through the version's collection, which does not make the version itself dirty; the forced
 * increment raises its lock at commit, so that concurrent editors of the same draft meet the optimistic lock.
 */
class ChecklistLockingImpl implements ChecklistLocking {

    @PersistenceContext
    private EntityManager entityManager;

    @Override
    public Checklist saveWithItems(Checklist checklist) {
        Checklist managed = entityManager.contains(checklist) ? checklist : entityManager.merge(checklist);
        entityManager.lock(managed, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return managed;
    }
}
