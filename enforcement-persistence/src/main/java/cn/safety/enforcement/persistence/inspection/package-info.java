/** Persistence of inspections and the departments' expert pools. */
package cn.safety.enforcement.persistence.inspection;
