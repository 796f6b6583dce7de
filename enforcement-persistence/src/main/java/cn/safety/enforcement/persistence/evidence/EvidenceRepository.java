package cn.safety.enforcement.persistence.evidence;

import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.Evidences;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface EvidenceRepository extends JpaRepository<Evidence, Long>, Evidences {

    @Override
    @Query("select e from Evidence e where e.ownerKind = :kind and e.ownerId = :id order by e.id")
    List<Evidence> ofOwner(@Param("kind") String ownerKind, @Param("id") long ownerId);
}
