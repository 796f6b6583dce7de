package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.draw.Draw;
import cn.safety.enforcement.domain.draw.RunningDraws;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

@RestController
@Tag(name = "draws", description = "双随机 (R3): freeze a draw over a plan's spot-check pool, then enter the public seed")
class DrawApi {

    private final RunningDraws running;

    DrawApi(RunningDraws running) {
        this.running = running;
    }

    @PostMapping("/api/v1/plans/{id}/draws")
    @Operation(summary = "Freeze a draw over the plan's spot-check pool (supervisors of the plan's department)",
            description = "Fixes and publishes the candidates (credit codes, ascending) and their SHA-256, the ratio"
                    + " (a decimal in (0, 1], at most six decimals), the count ceil(n × ratio), the roster (certificate"
                    + " numbers of the department's inspectors certified today), the recusals and the public source of"
                    + " the seed. Nothing of it changes afterwards. 201 with the draw; its public document is at"
                    + " `publicUrl`.")
    ResponseEntity<DrawViews.Summary> freeze(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                                             @RequestBody DrawRequests.Freeze request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        Draw d = running.freeze(user.actor(), id, request.ratio(), request.seedSource());
        return ResponseEntity.created(URI.create("/api/v1/public/draws/" + d.getId()))
                .body(DrawViews.Summary.of(d, new DrawViews.DepartmentRef(user.departmentName(),
                        user.actor().departmentLocation().divisionCode())));
    }

    @PostMapping("/api/v1/draws/{id}/seed")
    @Operation(summary = "Enter the seed and draw (supervisors of the draw's department)",
            description = "The seed is the text exactly as the named source published it. Answers the selected"
                    + " enterprises in drawn order and their inspectors; 409 when the draw already has its seed.")
    DrawViews.Seeded seed(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
                          @RequestBody DrawRequests.Seed request) {
        if (request == null) {
            throw new RuleViolation(null, "error.unreadable");
        }
        RunningDraws.Seeded s = running.seed(user.actor(), id, request.seed());
        return new DrawViews.Seeded(s.draw().getId(), s.draw().getSeed(), s.draw().getSeededAt(),
                s.result().selected(), s.result().assignments().stream().map(DrawViews.Assignment::of).toList(),
                s.result().shortfalls(), "/api/v1/public/draws/" + s.draw().getId());
    }
}
