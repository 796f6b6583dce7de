package cn.safety.enforcement.domain.inspection;

/** An expert left the department's pool; the inspections they joined keep them. */
public record ExpertRetired(ExpertSnapshot before, ExpertSnapshot after) implements ExpertChange {
}
