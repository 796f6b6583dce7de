/** 年度监督检查计划: a department's yearly plan, its key-enterprise items with their reasons, its spot-check pool. */
package cn.safety.enforcement.domain.plan;
