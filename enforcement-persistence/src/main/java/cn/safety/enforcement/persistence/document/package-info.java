/** Adapters for numbered documents: number patterns (Spring Data), the counters and the issued documents (JDBC). */
package cn.safety.enforcement.persistence.document;
