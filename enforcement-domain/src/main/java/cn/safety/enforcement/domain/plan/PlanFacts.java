package cn.safety.enforcement.domain.plan;

import java.util.List;
import java.util.Optional;

/**
 * Port: what the rules read, gathered in a few set-based queries for a whole department (never one query per
 * enterprise): profiles, latest fatal accident and accident, latest duty finding.
 */
public interface PlanFacts {

    List<EnterpriseFacts> ofDepartment(long departmentId);

    Optional<EnterpriseFacts> ofEnterprise(long enterpriseId);
}
