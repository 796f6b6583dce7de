package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.hazard.ApplyingForExtension;
import cn.safety.enforcement.domain.hazard.CollectingHazardEvidence;
import cn.safety.enforcement.domain.hazard.DecidingExtension;
import cn.safety.enforcement.domain.hazard.DecidingOnsiteMeasures;
import cn.safety.enforcement.domain.hazard.LiftingSupervision;
import cn.safety.enforcement.domain.hazard.LoweringGrade;
import cn.safety.enforcement.domain.hazard.OrderingRectification;
import cn.safety.enforcement.domain.hazard.PlanningRectification;
import cn.safety.enforcement.domain.hazard.RectifyingOnTheSpot;
import cn.safety.enforcement.domain.hazard.ReportingAcceptance;
import cn.safety.enforcement.domain.hazard.ReportingRectification;
import cn.safety.enforcement.domain.hazard.SupervisingHazard;
import cn.safety.enforcement.domain.hazard.VerifyingRectification;
import org.springframework.stereotype.Component;

/**
 * The use cases of a hazard's loop, one per step, as the API ({@link HazardLoopApi}) and the page's forms
 * ({@link HazardStepController}) both call them: each handler makes exactly one of these calls.
 */
@Component
record HazardLoop(OrderingRectification ordering, PlanningRectification planning, ReportingRectification reporting,
                  ReportingAcceptance acceptance, VerifyingRectification verifying, RectifyingOnTheSpot onTheSpot,
                  ApplyingForExtension applying, DecidingExtension deciding, DecidingOnsiteMeasures measures,
                  LoweringGrade lowering, CollectingHazardEvidence evidence, SupervisingHazard supervising,
                  LiftingSupervision lifting) {
}
