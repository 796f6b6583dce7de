/** 执法检查重点事项清单: the pages that show and maintain the checklists, their sheet, and their API. */
package cn.safety.enforcement.web.checklist;
