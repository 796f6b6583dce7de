/** The annual plan's pages and API: the plan list, a plan with its items and reasons, its steps, 本月检查, the export. */
package cn.safety.enforcement.web.plan;
