package cn.safety.enforcement.web.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItem;
import cn.safety.enforcement.domain.checklist.ChecklistStatus;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;

import java.time.LocalDate;
import java.util.List;

/** What the pages show of a checklist version and its items. */
final class ChecklistViews {

    private ChecklistViews() {
    }

    /**
     * One version; {@code state} is how it stands on {@code today}: DRAFT, PENDING (put in force from a later day),
     * IN_FORCE, SUPERSEDED (a newer version applies) or RETIRED (repealed).
     */
    record ChecklistView(long id, String code, int version, String title, String sourceDocument, List<Sector> sectors,
                         Feature feature, String industry, LocalDate effectiveFrom, LocalDate effectiveUntil,
                         ChecklistStatus status, String state, int itemCount, int majorCount, long lockVersion,
                         String createdBy) {

        public boolean draft() {
            return status == ChecklistStatus.DRAFT;
        }
    }

    record ItemView(long id, int position, String reference, String text, String basis, boolean major) {
    }

    static ChecklistView view(Checklist c, LocalDate today) {
        return new ChecklistView(c.getId(), c.getCode(), c.getVersion(), c.getTitle(), c.getSourceDocument(),
                c.getSectors().stream().sorted().toList(), c.getFeature(), c.getIndustry(), c.getEffectiveFrom(),
                c.getEffectiveUntil(), c.getStatus(), state(c, today), c.getItems().size(),
                (int) c.getItems().stream().filter(ChecklistItem::isMajor).count(), c.getLockVersion(),
                c.getCreatedBy());
    }

    static ItemView view(ChecklistItem i) {
        return new ItemView(i.getId(), i.getPosition(), i.getReference(), i.getText(), i.getBasis(), i.isMajor());
    }

    static String state(Checklist c, LocalDate today) {
        if (c.getStatus() == ChecklistStatus.DRAFT) {
            return "DRAFT";
        }
        if (c.appliesOn(today)) {
            return "IN_FORCE";
        }
        if (today.isBefore(c.getEffectiveFrom())) {
            return "PENDING";
        }
        return c.getStatus() == ChecklistStatus.RETIRED ? "RETIRED" : "SUPERSEDED";
    }
}
