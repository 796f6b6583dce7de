package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.hazard.ListingHazards;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@RestController
@Tag(name = "hazard lists", description = "三清单 (004§11): the problem list, the responsibility list and the"
        + " rectification list of the hazards the caller reads, per department and per enterprise")
class HazardListsApi {

    private final ListingHazards listing;
    private final HazardListColumns columns;

    HazardListsApi(ListingHazards listing, HazardListColumns columns) {
        this.listing = listing;
        this.columns = columns;
    }

    /** A page of a list: its kind, the names of its columns, one object per hazard keyed by them, the cursor. */
    record Page(String kind, List<String> columns, List<Map<String, String>> items, String next) {
    }

    @GetMapping("/api/v1/hazards/lists")
    @Operation(summary = "三清单: one of the three lists, newest hazard first, by keyset pages",
            description = "`kind` PROBLEM (问题清单: the hazard, its place, grade, source, legal basis, when found,"
                    + " state), RESPONSIBILITY (责任清单: the 五落实 responsible person, the department, the inspector"
                    + " who found it, who ordered it, the deadline) or RECTIFICATION (整改清单: requirements, measures,"
                    + " funds, planned completion, deadline, state, acceptance, re-check, closing); optional"
                    + " `departmentId` (within the caller's scope) and `enterpriseId`; `after` is the `next` of the"
                    + " page before. Values are text as the page shows them, in the request's language.")
    Page list(@AuthenticationPrincipal EnforcementUser user,
              @RequestParam(required = false) String kind,
              @RequestParam(required = false) Long departmentId,
              @RequestParam(required = false) Long enterpriseId,
              @RequestParam(required = false) @Parameter(description = "cursor: the `next` of the page before")
              Long after,
              @RequestParam(defaultValue = "100") int size) {
        ListingHazards.Kind k = HazardListColumns.kind(kind);
        Locale locale = LocaleContextHolder.getLocale();
        List<HazardListColumns.Column> cols = columns.of(k);
        ListingHazards.Slice slice = listing.list(user.actor(), departmentId, enterpriseId, after, size);
        List<Map<String, String>> items = slice.lines().stream().map(l -> {
            Map<String, String> m = new LinkedHashMap<>();
            cols.forEach(c -> m.put(c.name(), c.value().apply(l, locale)));
            return m;
        }).toList();
        return new Page(k.name(), cols.stream().map(HazardListColumns.Column::name).toList(), items,
                slice.next() == null ? null : String.valueOf(slice.next()));
    }
}
