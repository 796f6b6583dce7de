package cn.safety.enforcement.persistence;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.StatelessSession;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Reference data kept in memory for a short time: the departments and the divisions within a division, which every
 * page asks for (the scope of the signed-in user, the filter choices, the names on the rows) and which change rarely.
 * <p>
 * Kept entities are read outside the persistence context of the request that reads them, on its connection and in its
 * transaction: they are never managed, so no request's changes to an entity it loaded can leak into what is kept.
 */
@Component
public class KeptReferenceData {

    private final CacheSettings settings;

    KeptReferenceData(CacheSettings settings) {
        this.settings = settings;
    }

    /** A new cache that forgets each entry after the configured time. */
    public <K, V> Cache<K, V> newCache() {
        return Caffeine.newBuilder().expireAfterWrite(settings.referenceDataTtl())
                .maximumSize(settings.maximumEntries()).build();
    }

    /** Runs the query with one named parameter outside the current persistence context; the result is unmodifiable. */
    public <T> List<T> readDetached(EntityManager entityManager, String query, Class<T> type, String parameter,
                                    Object value) {
        Session session = entityManager.unwrap(Session.class);
        try (StatelessSession reader = session.statelessWithOptions().connection().open()) {
            return List.copyOf(reader.createSelectionQuery(query, type).setParameter(parameter, value).getResultList());
        }
    }
}
