package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.util.List;
import java.util.Optional;

/** Port: where the records of evidence are kept (the files themselves are in the {@link EvidenceStore}). */
public interface Evidences {

    Optional<Evidence> findById(Long id);

    /** The evidence of one owner, in the order attached, withdrawn included. */
    @Unscoped("the caller has checked that the owner is readable; its evidence lies under the owner's jurisdiction")
    List<Evidence> ofOwner(String ownerKind, long ownerId);

    Evidence save(Evidence evidence);
}
