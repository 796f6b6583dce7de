package cn.safety.enforcement.domain.enterprisefile;

import java.util.List;

/** One page of the time line, newest first, and the cursor of the older entries (null on the last page). */
public record FileEntrySlice(List<FileEntry> items, String older) {
}
