/** The working-day calendar: its API (national reference data) and the admin page that enters a year. */
package cn.safety.enforcement.web.calendar;
