package cn.safety.enforcement.persistence;

import cn.safety.enforcement.domain.StaleVersion;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;

/**
 * The transaction manager of the application: JPA's, except that a commit refused because a row's version moved
 * under it (two people saved the same record; the later commit loses) ends in the domain's {@link StaleVersion}, so
 * that no caller above persistence ever sees an ORM exception.
 */
class StaleVersionTranslation extends JpaTransactionManager {

    StaleVersionTranslation(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        try {
            super.doCommit(status);
        } catch (ObjectOptimisticLockingFailureException e) {
            throw stale(e.getPersistentClassName(), e.getIdentifier(), e);
        } catch (OptimisticLockException e) {
            throw stale(e.getEntity() == null ? null : e.getEntity().getClass().getSimpleName(), null, e);
        }
    }

    private static StaleVersion stale(String what, Object id, RuntimeException cause) {
        StaleVersion stale = new StaleVersion(what == null ? "record" : simpleName(what), id == null ? "" : id);
        stale.initCause(cause);
        return stale;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
