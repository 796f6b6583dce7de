package cn.safety.enforcement.persistence.plan;

import cn.safety.enforcement.domain.plan.PlanItem;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {
}
