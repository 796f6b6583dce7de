package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprisefile.FileEntrySlice;

import java.time.ZoneId;
import java.util.List;

/**
 * One page of the time line for the page: its entries, the cursor of the older ones, the cursor it was opened at (null
 * for the newest) and whether a department's staff read it (the enterprise's own account gets another hint and no
 * links into the department's records).
 */
public record TimelineView(List<FileEntryView> items, String older, String before, boolean department) {

    static TimelineView of(FileEntrySlice slice, long enterpriseId, String before, ZoneId zone, boolean department) {
        return new TimelineView(slice.items().stream()
                .map(e -> FileEntryView.forPage(e, enterpriseId, zone, department)).toList(), slice.older(),
                before == null || before.isBlank() ? null : before, department);
    }
}
