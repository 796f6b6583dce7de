/** 执法检查: an inspection of one enterprise by one department, its inspectors and experts, stages, results and transfers. */
package cn.safety.enforcement.domain.inspection;
