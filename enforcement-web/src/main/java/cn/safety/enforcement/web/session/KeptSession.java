package cn.safety.enforcement.web.session;

import org.springframework.session.Session;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A database session whose last access is written only when it has grown older than the touch interval: every request
 * touches its session, and writing the row each time would make every page read a database write.
 */
final class KeptSession implements Session {

    private final Session stored;
    private final Duration touchInterval;

    KeptSession(Session stored, Duration touchInterval) {
        this.stored = stored;
        this.touchInterval = touchInterval;
    }

    Session stored() {
        return stored;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
        if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(touchInterval))) {
            stored.setLastAccessedTime(lastAccessedTime);
        }
    }

    @Override
    public Instant getLastAccessedTime() {
        return stored.getLastAccessedTime();
    }

    @Override
    public String getId() {
        return stored.getId();
    }

    @Override
    public String changeSessionId() {
        return stored.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
        return stored.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
        return stored.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
        stored.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
        stored.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
        return stored.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
        stored.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
        return stored.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
        return stored.isExpired();
    }
}
