/** 年度监督检查计划: a department's yearly enforcement plan, its key-enterprise items with their reasons, and its spot-check pool. */
package cn.safety.enforcement.domain.plan;
