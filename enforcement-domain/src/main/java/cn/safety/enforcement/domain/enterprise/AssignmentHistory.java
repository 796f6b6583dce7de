package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** An enterprise's jurisdiction history (初始确定, 调整管辖, 提级管辖, 指定管辖), newest first, for whoever reads it. */
@Service
public class AssignmentHistory {

    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;

    public AssignmentHistory(Enterprises enterprises, JurisdictionPolicy policy) {
        this.enterprises = enterprises;
        this.policy = policy;
    }

    @Transactional(readOnly = true)
    public List<EnterpriseAssignment> of(Actor actor, long id) {
        Enterprise e = enterprises.findById(id).orElseThrow(() -> new NotFound("Enterprise", id));
        policy.requireCanRead(actor, e);
        return e.getAssignments();
    }
}
