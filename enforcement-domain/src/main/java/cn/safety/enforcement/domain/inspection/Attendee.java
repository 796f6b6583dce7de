package cn.safety.enforcement.domain.inspection;

/** One person of the enterprise present at a stage, by role and name. */
public record Attendee(AttendeeRole role, String name) {
}
