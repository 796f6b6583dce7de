/** Spring Data adapter for divisions. */
package cn.safety.enforcement.persistence.division;
