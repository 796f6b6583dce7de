/** The entered years of the working-day calendar. */
package cn.safety.enforcement.persistence.calendar;
