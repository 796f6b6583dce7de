package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Who may take which step of a hazard, beside the territory that {@code JurisdictionPolicy} decides (it is asked
 * first: a hazard outside the actor's scope is not found, one of another department is out of jurisdiction). Each
 * guard is a small rule, all listed here:
 * <ul>
 *   <li>{@link #STAFF_ACTS} — 执法人员 and 负责人 of the hazard's department record a hazard, order, re-check,
 *       rectify on the spot, decide on-site measures and ask to lower a grade;</li>
 *   <li>{@link #SUPERVISOR_DECIDES} — a 负责人 decides extensions, the lowering of a grade and the lifting of on-site
 *       measures; never on a request they made themselves;</li>
 *   <li>the enterprise's own acts (plan, reports, acceptance, extension application, self-report) are its
 *       account's or the department's staff entering a paper submission
 *       ({@code JurisdictionPolicy.requireCanActForEnterprise}).</li>
 * </ul>
 */
public final class HazardGuards {

    /** A guard: the message code of the refusal, or empty when the actor may take the step on the hazard. */
    public interface Guard extends BiFunction<Actor, Hazard, Optional<String>> {

        default void require(Actor actor, Hazard hazard) {
            apply(actor, hazard).ifPresent(code -> {
                throw new OutOfJurisdiction(code);
            });
        }
    }

    /** Enforcement staff: an inspector or a supervisor (an enterprise's account or an admin alone is not). */
    public static final Guard STAFF_ACTS = (actor, hazard) ->
            !actor.isEnterprise() && (actor.has(Role.INSPECTOR) || actor.has(Role.SUPERVISOR))
                    ? Optional.empty() : Optional.of("hazard.act.enforcementStaffOnly");

    /**
     * A supervisor (负责人) of an enforcement department, who did not ask for what is decided (nobody approves their own
     * request to lower a grade).
     */
    public static final Guard SUPERVISOR_DECIDES = (actor, hazard) -> {
        if (actor.isEnterprise() || actor.entrusted() || !actor.has(Role.SUPERVISOR)) {
            return Optional.of("hazard.decide.supervisorOnly");
        }
        if (hazard.getGradeChangeTo() != null && actor.username().equalsIgnoreCase(
                hazard.getGradeChangeRequestedBy())) {
            return Optional.of("hazard.decide.notOwnRequest");
        }
        return Optional.empty();
    };

    /** Every guard, for the tests and the docs. */
    public static final List<Guard> ALL = List.of(STAFF_ACTS, SUPERVISOR_DECIDES);

    private HazardGuards() {
    }
}
