package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.util.Optional;

/**
 * 行政检查审批 (国办发〔2024〕54号): who approves or refuses an unplanned inspection. A supervisor (负责人) of the
 * inspecting department or of one above it (the caller has checked that the actor reads the inspection), never of an
 * entrusted organisation, and never one of the inspection's own inspectors: nobody approves their own inspection.
 */
public final class ApprovalPolicy {

    private ApprovalPolicy() {
    }

    /** The message code of the refusal, or empty when the actor may approve. */
    public static Optional<String> refusal(Actor actor, Inspection inspection) {
        if (!approves(actor)) {
            return Optional.of("inspection.approve.supervisorOnly");
        }
        if (inspection.namesInspector(actor.username())) {
            return Optional.of("inspection.approve.notOwnInspection");
        }
        return Optional.empty();
    }

    /** Whether the actor approves inspections at all: a supervisor of an enforcement department. */
    public static boolean approves(Actor actor) {
        return actor.has(Role.SUPERVISOR) && !actor.entrusted();
    }

    public static boolean mayApprove(Actor actor, Inspection inspection) {
        return refusal(actor, inspection).isEmpty();
    }
}
