package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.draw.RecordingRecusals;
import cn.safety.enforcement.domain.draw.Recusal;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Tag(name = "recusals", description = "回避: an inspector is not drawn for an enterprise they are linked to; the reason"
        + " stays inside the department")
class RecusalApi {

    private final RecordingRecusals recording;

    RecusalApi(RecordingRecusals recording) {
        this.recording = recording;
    }

    /** A recusal just declared or withdrawn. */
    record Recorded(long id, long userId, long enterpriseId, boolean inForce, Instant declaredAt,
                    Instant withdrawnAt) {
        static Recorded of(Recusal r) {
            return new Recorded(r.getId(), r.getUserId(), r.getEnterpriseId(), r.isInForce(), r.getDeclaredAt(),
                    r.getWithdrawnAt());
        }
    }

    @GetMapping("/api/v1/recusals")
    @Operation(summary = "Supervisors and admins: the recusals of their department and those below; anyone else:"
            + " their own")
    List<DrawViews.Recusal> list(@AuthenticationPrincipal EnforcementUser user) {
        return recording.list(user.actor()).stream().map(DrawViews.Recusal::of).toList();
    }

    @PostMapping("/api/v1/recusals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Declare a link to an enterprise (an inspector for themselves; a supervisor or admin for an"
            + " inspector of their department, naming `userId`)")
    Recorded declare(@AuthenticationPrincipal EnforcementUser user, @RequestBody DrawRequests.Recusal request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return Recorded.of(recording.declare(user.actor(), request.userId(), request.enterpriseId(),
                request.reason()));
    }

    @PostMapping("/api/v1/recusals/{id}/withdraw")
    @Operation(summary = "Withdraw a recusal when the link has ended, with a reason")
    Recorded withdraw(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                      @RequestBody DrawRequests.Withdrawal request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        return Recorded.of(recording.withdraw(user.actor(), id, request.reason()));
    }
}
