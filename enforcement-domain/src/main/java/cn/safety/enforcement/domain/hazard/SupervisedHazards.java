package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.jurisdiction.Scope;

import java.util.List;

/** Port: the 挂牌督办 queue of a department above. */
public interface SupervisedHazards {

    /**
     * Newest first, {@code limit} hazards after the one with id {@code afterId} (keyset) of the departments of
     * {@code below} (whole departments) that are listed for supervision — open, and major or overdue — or supervised
     * and not yet lifted (摘牌).
     */
    List<Hazard> pageQueue(Scope below, Long afterId, int limit);
}
