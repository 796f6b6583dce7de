package cn.safety.enforcement.domain.checklist;

/**
 * One item as an admin enters it (on the page or as a row of a sheet), before it is checked: its number in the standard
 * ({@code 第（五）项}), what is checked, the citation a decision quotes, and whether failing it is a 重大事故隐患.
 * {@code row} is the sheet row it came from, so that a refusal names the row; null when typed on the page.
 */
public record ChecklistItemDraft(String reference, String text, String basis, boolean major, Integer row) {

    public ChecklistItemDraft(String reference, String text, String basis, boolean major) {
        this(reference, text, basis, major, null);
    }
}
