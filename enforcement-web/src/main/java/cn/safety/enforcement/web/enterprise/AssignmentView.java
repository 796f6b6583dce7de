package cn.safety.enforcement.web.enterprise;

import java.time.Instant;

/**
 * One line of an enterprise's jurisdiction history, with the departments by name ({@code from} null at first).
 * {@code kind} is INITIAL, REASSIGNED, TAKEN_OVER or DESIGNATION; {@code documentNumber} is the designating document's
 * number for a designation (指定管辖), null otherwise.
 */
public record AssignmentView(Instant assignedAt, String kind, String from, String to, String reason,
                             String documentNumber, String assignedBy) {
}
