package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.util.List;
import java.util.Optional;

/** Port: where accidents are kept. */
public interface Accidents {

    Optional<Accident> findById(Long id);

    /** The accidents of one enterprise, latest first. */
    @Unscoped("the caller has checked that the enterprise is readable; its accidents are read under its jurisdiction")
    List<Accident> ofEnterprise(long enterpriseId);

    /**
     * Newest recorded first, {@code limit} accidents with ids below {@code afterId} (keyset), of the enterprises the
     * scope holds now (the enterprise's current department, not the one that recorded the accident).
     */
    List<Accident> page(Scope scope, Long afterId, int limit);

    Accident save(Accident accident);
}
