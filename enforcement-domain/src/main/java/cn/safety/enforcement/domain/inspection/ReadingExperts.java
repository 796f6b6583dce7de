package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** The actor's department's expert pool: the whole pool to keep it, the active experts to choose from. */
@Service
@Transactional(readOnly = true)
public class ReadingExperts {

    private final Experts experts;

    public ReadingExperts(Experts experts) {
        this.experts = experts;
    }

    public List<Expert> pool(Actor actor) {
        return experts.ofDepartment(actor.departmentId());
    }

    /** The experts an inspection of {@code departmentId} may name. */
    public List<Expert> choosable(long departmentId) {
        return experts.activeOf(List.of(departmentId));
    }
}
