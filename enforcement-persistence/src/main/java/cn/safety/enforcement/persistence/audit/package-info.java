/** The audit log adapter: inserts that the database chains by hash, reads, and verification of the whole chain. */
package cn.safety.enforcement.persistence.audit;
