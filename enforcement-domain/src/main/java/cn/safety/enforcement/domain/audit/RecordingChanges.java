package cn.safety.enforcement.domain.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The one writer of the record for commands: every {@link RecordedChange} published becomes exactly one audit entry,
 * synchronously, in the publishing transaction (the trail refuses to write outside one), so that an entry exists
 * exactly when its change was committed. The entry names the acting user, or the system when no one is signed in.
 */
@Component
class RecordingChanges {

    private final AuditTrail trail;
    private final ActingUser acting;

    RecordingChanges(AuditTrail trail, ActingUser acting) {
        this.trail = trail;
        this.acting = acting;
    }

    @EventListener
    void record(RecordedChange change) {
        String username = change.bySystem() ? AuditActor.SYSTEM.username()
                : acting.username().orElse(AuditActor.SYSTEM.username());
        trail.record(new AuditActor(username, change.departmentId()), change.aggregateType(), change.aggregateId(),
                change.action(), change.beforeFields(), change.afterFields());
    }
}
