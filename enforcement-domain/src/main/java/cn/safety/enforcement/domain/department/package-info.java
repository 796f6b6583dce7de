/** Enforcement departments (执法主体): each belongs to one division, and its level follows from that division. */
package cn.safety.enforcement.domain.department;
