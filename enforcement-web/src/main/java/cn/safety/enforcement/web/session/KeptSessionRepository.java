package cn.safety.enforcement.web.session;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.PrincipalNameIndexResolver;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sessions as the pages use them, kept by Spring Session JDBC underneath:
 * <ul>
 *   <li>a session nobody has signed in to lives {@link SessionSettings#anonymousTimeout() minutes}, a signed-in one
 *       the configured working-day timeout;</li>
 *   <li>reading a page does not write the session: its last access is written only when older than the
 *       {@link SessionSettings#touchInterval() touch interval} ({@link KeptSession});</li>
 *   <li>within one request a session is read once ({@link OneReadPerRequest}): Spring Session commits a session both
 *       when the response is committed and when the request ends, and looks it up again for the second commit.</li>
 * </ul>
 */
class KeptSessionRepository implements FindByIndexNameSessionRepository<KeptSession> {

    private final FindByIndexNameSessionRepository<Session> jdbc;
    private final PrincipalNameIndexResolver<Session> principal = new PrincipalNameIndexResolver<>();
    private final Duration signedInTimeout;
    private final Duration anonymousTimeout;
    private final Duration touchInterval;

    @SuppressWarnings("unchecked")
    KeptSessionRepository(JdbcIndexedSessionRepository jdbc, Duration signedInTimeout, SessionSettings settings) {
        // its sessions are of a type private to Spring Session; this repository hands back only sessions it created
        this.jdbc = (FindByIndexNameSessionRepository<Session>) (FindByIndexNameSessionRepository<?>) jdbc;
        this.signedInTimeout = signedInTimeout;
        this.anonymousTimeout = settings.anonymousTimeout();
        this.touchInterval = settings.touchInterval();
    }

    @Override
    public KeptSession createSession() {
        Session created = jdbc.createSession();
        created.setMaxInactiveInterval(anonymousTimeout);
        return new KeptSession(created, touchInterval);
    }

    @Override
    public void save(KeptSession session) {
        Duration timeout = principal.resolveIndexValueFor(session) == null ? anonymousTimeout : signedInTimeout;
        if (!timeout.equals(session.getMaxInactiveInterval())) {
            session.setMaxInactiveInterval(timeout);
        }
        jdbc.save(session.stored());
        OneReadPerRequest.remember(session);
    }

    @Override
    public KeptSession findById(String id) {
        KeptSession read = OneReadPerRequest.recall(id);
        if (read != null) {
            return read;
        }
        Session stored = jdbc.findById(id);
        if (stored == null) {
            return null;
        }
        KeptSession session = new KeptSession(stored, touchInterval);
        OneReadPerRequest.remember(session);
        return session;
    }

    @Override
    public void deleteById(String id) {
        OneReadPerRequest.forget(id);
        jdbc.deleteById(id);
    }

    @Override
    public Map<String, KeptSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, KeptSession> found = new LinkedHashMap<>();
        jdbc.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, stored) -> found.put(id, new KeptSession(stored, touchInterval)));
        return found;
    }

    /**
     * The sessions read in the current request, by id. Outside a request (scheduled jobs, listeners after the request)
     * nothing is remembered and every lookup goes to the database.
     */
    static final class OneReadPerRequest {

        private static final ThreadLocal<Map<String, KeptSession>> READ = new ThreadLocal<>();

        private OneReadPerRequest() {
        }

        static void begin() {
            READ.set(new HashMap<>());
        }

        static void end() {
            READ.remove();
        }

        static void remember(KeptSession session) {
            Map<String, KeptSession> read = READ.get();
            if (read != null) {
                read.put(session.getId(), session);
            }
        }

        static KeptSession recall(String id) {
            Map<String, KeptSession> read = READ.get();
            KeptSession session = read == null ? null : read.get(id);
            // a session whose id changed (sign-in) is no longer found under its old id
            return session != null && session.getId().equals(id) ? session : null;
        }

        static void forget(String id) {
            Map<String, KeptSession> read = READ.get();
            if (read != null) {
                read.remove(id);
            }
        }
    }
}
