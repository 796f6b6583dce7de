package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Takes an expert out of the department's pool; inspections they joined keep them. */
@Service
@Transactional
public class RetiringExpert {

    private final Experts experts;
    private final ApplicationEventPublisher events;

    public RetiringExpert(Experts experts, ApplicationEventPublisher events) {
        this.experts = experts;
        this.events = events;
    }

    public Expert retire(Actor actor, long id, Long seenVersion) {
        AddingExpert.requireKeepsPool(actor);
        Expert e = experts.findById(id).filter(x -> x.getDepartmentId() == actor.departmentId())
                .orElseThrow(() -> new NotFound("expert", id));
        if (seenVersion != null) {
            StaleVersion.check("expert", id, seenVersion, e.getVersion());
        }
        ExpertRetired retired = e.retire();
        Expert saved = experts.save(e);
        events.publishEvent(retired);
        return saved;
    }
}
