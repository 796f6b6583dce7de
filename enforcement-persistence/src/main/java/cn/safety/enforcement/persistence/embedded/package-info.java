/** A real PostgreSQL server started from the binaries on the classpath when no external database is configured. */
package cn.safety.enforcement.persistence.embedded;
