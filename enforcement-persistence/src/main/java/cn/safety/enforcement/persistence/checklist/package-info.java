/** Where checklist versions and their items are kept. */
package cn.safety.enforcement.persistence.checklist;
