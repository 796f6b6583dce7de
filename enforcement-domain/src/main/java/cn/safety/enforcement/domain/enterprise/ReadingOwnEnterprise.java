package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enterprise an enterprise's account (企业账号) is bound to, as it sees itself: its name, credit code, address and
 * the department in charge of it, never the department's own notes on it (its history, risk assessment, assignments).
 * Anyone else is told there is none.
 */
@Service
@Transactional(readOnly = true)
public class ReadingOwnEnterprise {

    private final Enterprises enterprises;

    public ReadingOwnEnterprise(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    public Enterprise of(Actor actor) {
        if (!actor.isEnterprise()) {
            throw new NotFound("Enterprise", "");
        }
        return enterprises.findById(actor.enterpriseId())
                .orElseThrow(() -> new NotFound("Enterprise", actor.enterpriseId()));
    }
}
