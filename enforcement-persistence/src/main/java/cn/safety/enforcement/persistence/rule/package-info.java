/** Adapter for the effective-dated rule parameters. */
package cn.safety.enforcement.persistence.rule;
