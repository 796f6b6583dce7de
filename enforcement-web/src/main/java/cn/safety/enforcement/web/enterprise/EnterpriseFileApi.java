package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprisefile.FileEntrySlice;
import cn.safety.enforcement.domain.enterprisefile.ReadingEnterpriseFile;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

@RestController
@Tag(name = "enterprises")
class EnterpriseFileApi {

    private final ReadingEnterpriseFile reading;
    private final ZoneId zone;

    EnterpriseFileApi(ReadingEnterpriseFile reading, Clock clock) {
        this.reading = reading;
        this.zone = clock.getZone();
    }

    /** One page of the time line, and the cursor of the older entries (null on the last page). */
    record Page(List<FileEntryView> items, String older) {
    }

    @GetMapping("/api/v1/enterprises/{id}/file")
    @Operation(summary = "一企一档: the enterprise's inspections, hidden hazards, the documents served on it, its accidents"
            + " and its jurisdiction history as one time line, newest first (by time, then kind, then id), by pages",
            description = "404 when the enterprise does not exist or lies outside the caller's scope. Staff see the"
                    + " inspections, hazards and documents of the departments within their scope. The enterprise's"
                    + " own account sees only its completed inspections, its hazards and the documents served on it,"
                    + " without links; any other enterprise is 404. A `before` that is not a cursor of this route is"
                    + " refused on the field.")
    Page file(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id,
              @RequestParam(required = false) @Parameter(description = "cursor: the `older` of the page before")
              String before,
              @RequestParam(defaultValue = "" + ReadingEnterpriseFile.DEFAULT_PAGE)
              @Parameter(description = "entries per page, 1 to " + ReadingEnterpriseFile.MAX_PAGE) int limit) {
        FileEntrySlice slice = reading.page(user.actor(), id, before, limit);
        boolean departmentReader = !user.actor().isEnterprise();
        return new Page(slice.items().stream().map(e -> FileEntryView.forApi(e, zone, departmentReader)).toList(),
                slice.older());
    }
}
