/**
 * Evidence adapters: the records in PostgreSQL, the files in a directory (written once, never replaced or deleted) and
 * the media type of a file detected from its bytes with Apache Tika.
 */
package cn.safety.enforcement.persistence.evidence;
