/** Spring Data adapter for departments. */
package cn.safety.enforcement.persistence.department;
