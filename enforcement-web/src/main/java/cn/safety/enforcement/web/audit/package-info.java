/** The full-process record for admins: the latest entries of their area and the integrity check of the chain. */
package cn.safety.enforcement.web.audit;
