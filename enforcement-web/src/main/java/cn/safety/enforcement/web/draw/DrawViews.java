package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.draw.Draw;
import cn.safety.enforcement.domain.draw.DrawResult;
import cn.safety.enforcement.domain.draw.PublishingDraws;
import cn.safety.enforcement.domain.draw.RecusalLine;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** What the draw API answers. */
final class DrawViews {

    private DrawViews() {
    }

    record DepartmentRef(String name, String divisionCode) {
        static DepartmentRef of(Department d) {
            return d == null ? null : new DepartmentRef(d.getName(), d.getDivisionCode());
        }
    }

    /** A draw without its lists: what the freeze answers and the public list shows. */
    record Summary(long id, long planId, DepartmentRef department, int year, String algorithm, String seedSource,
                   String seed, Instant frozenAt, Instant seededAt, String ratio, int candidateCount, int count,
                   String candidatesSha256, int rosterSize, int recusalCount, Integer shortfallCount,
                   String publicUrl) {

        static Summary of(Draw d, Department department) {
            return of(d, DepartmentRef.of(department));
        }

        static Summary of(Draw d, DepartmentRef department) {
            return new Summary(d.getId(), d.getPlanId(), department, d.getYear(), d.getAlgorithm(),
                    d.getSeedSource(), d.getSeed(), d.getFrozenAt(), d.getSeededAt(), d.getRatio().toPlainString(),
                    d.getCandidateCount(), d.getCount(), d.getCandidatesSha256(), d.getRosterSize(),
                    d.getRecusalCount(), d.getShortfallCount(), "/api/v1/public/draws/" + d.getId());
        }

        static Summary of(PublishingDraws.Published p) {
            return of(p.draw(), p.department());
        }
    }

    record Assignment(String creditCode, List<String> inspectors, boolean shortfall) {
        static Assignment of(DrawResult.Assignment a) {
            return new Assignment(a.creditCode(), a.inspectors(), a.shortfall());
        }
    }

    /** The seed step's answer: the draw and its result. */
    record Seeded(long id, String seed, Instant seededAt, List<String> selected, List<Assignment> assignments,
                  List<String> shortfalls, String publicUrl) {
    }

    /** The public document of one draw, as {@code GET /api/v1/public/draws/{id}} streams it (for the API docs). */
    @Schema(description = "Everything needed to recompute the draw with SHA256-FY-1 (docs/draw-verify.py)")
    record PublicDraw(long id, DepartmentRef department, int year, String algorithm, String seedSource,
                      String seed, Instant frozenAt, Instant seededAt, List<String> candidates,
                      String candidatesSha256,
                      @Schema(description = "decimal text, e.g. \"0.05\"; count = ceil(n × ratio) exactly")
                      String ratio, int count, List<String> roster, List<PublicRecusal> recusals,
                      List<String> selected, List<Assignment> assignments) {
    }

    record PublicRecusal(String certificateNumber, String creditCode) {
    }

    /** A recusal as its department sees it (never public). */
    record Recusal(long id, long userId, String inspectorName, String certificateNumber, long enterpriseId,
                   String enterpriseName, String creditCode, String reason, String declaredBy, Instant declaredAt,
                   boolean inForce, Instant withdrawnAt, String withdrawalReason) {
        static Recusal of(RecusalLine l) {
            return new Recusal(l.id(), l.userId(), l.inspectorName(), l.certificateNumber(), l.enterpriseId(),
                    l.enterpriseName(), l.creditCode(), l.reason(), l.declaredBy(), l.declaredAt(), l.inForce(),
                    l.withdrawnAt(), l.withdrawalReason());
        }
    }
}
