/** The one place that decides who may see and do what, by department, level and role (R1: 一个企业一个执法主体). */
package cn.safety.enforcement.domain.jurisdiction;
