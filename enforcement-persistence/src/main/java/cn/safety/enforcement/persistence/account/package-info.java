/** Spring Data adapter for user accounts and the database-backed login throttle. */
package cn.safety.enforcement.persistence.account;
