package cn.safety.enforcement.domain.enterprisefile;

import java.time.Instant;

/**
 * One entry of the time line, as read: its kind, when, the record's id, the department concerned and the few facts a
 * line shows. What the codes mean depends on the kind:
 * <table>
 *   <caption>fields per kind</caption>
 *   <tr><th>kind</th><th>code</th><th>state</th><th>title</th><th>note</th><th>until</th><th>refId</th></tr>
 *   <tr><td>INSPECTION</td><td>inspection kind</td><td>status</td><td>—</td><td>—</td><td>completed at</td>
 *       <td>its inspection record (document id)</td></tr>
 *   <tr><td>DOCUMENT</td><td>document type</td><td>—</td><td>number</td><td>—</td><td>—</td>
 *       <td>the document it corrects</td></tr>
 *   <tr><td>HAZARD</td><td>grade</td><td>status</td><td>description</td><td>—</td><td>due on (start of day,
 *       UTC)</td><td>—</td></tr>
 *   <tr><td>ACCIDENT</td><td>GB 6441 category</td><td>grade</td><td>place</td><td>—</td><td>—</td><td>—</td></tr>
 *   <tr><td>ASSIGNMENT</td><td>assignment kind</td><td>—</td><td>the department before (null for the first)</td>
 *       <td>reason</td><td>—</td><td>—</td></tr>
 * </table>
 *
 * @param departmentId   the inspecting, issuing, recording or receiving department
 * @param departmentName its name
 */
public record FileEntry(FileEntryKind kind, Instant at, long id, Long departmentId, String departmentName,
                        String code, String state, String title, String note, Instant until,
                        Long refId) {

    public FileCursor cursor() {
        return new FileCursor(at, kind, id);
    }
}
