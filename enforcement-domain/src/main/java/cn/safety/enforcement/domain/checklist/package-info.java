/**
 * 执法检查重点事项清单 (002§(三)): the national checklists an inspection works through, per sector and feature and
 * versioned, each item with the legal basis a decision cites and whether failing it is a 重大事故隐患.
 */
package cn.safety.enforcement.domain.checklist;
