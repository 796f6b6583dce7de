package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Withdraws a piece of evidence with a reason (a recorded act, {@link EvidenceWithdrawn}): the file stays in the store
 * and can still be read, marked withdrawn. Enforcement staff of the owner's department; a reader who does not see the
 * evidence is told it does not exist, one who sees but does not act on it is refused as out of jurisdiction.
 */
@Service
@Transactional
public class WithdrawingEvidence {

    private final Evidences evidences;
    private final JurisdictionPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public WithdrawingEvidence(Evidences evidences, JurisdictionPolicy policy, ApplicationEventPublisher events,
                               Clock clock) {
        this.evidences = evidences;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    public Evidence withdraw(Actor actor, long id, String reason) {
        Evidence e = evidences.findById(id).orElseThrow(() -> new NotFound("Evidence", id));
        policy.requireCanAct(actor, e);
        EvidenceRights.requireAttaches(actor);
        EvidenceWithdrawn withdrawn = e.withdraw(reason, actor.username(), clock.instant());
        Evidence saved = evidences.save(e);
        events.publishEvent(withdrawn);
        return saved;
    }
}
