/** Scheduled jobs, each run once per cluster under a lock kept in the database. */
package cn.safety.enforcement.web.schedule;
