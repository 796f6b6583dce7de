/** The persistence side of jurisdiction: the one scope filter of every list, and where entrustments are kept. */
package cn.safety.enforcement.persistence.jurisdiction;
