package cn.safety.enforcement.web.enterprise;

import java.time.Instant;

/** One line of an enterprise's jurisdiction history, with the departments by name ({@code from} null at first). */
public record AssignmentView(Instant assignedAt, String kind, String from, String to, String reason,
                             String assignedBy) {
}
