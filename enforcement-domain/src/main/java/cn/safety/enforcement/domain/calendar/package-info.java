/**
 * The working-day calendar (R16): the official arrangement of each year (法定节假日 and 调休 make-up working days) and the
 * one deadline service every feature counts its periods with.
 */
package cn.safety.enforcement.domain.calendar;
