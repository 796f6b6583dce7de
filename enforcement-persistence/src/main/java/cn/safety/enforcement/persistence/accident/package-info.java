/** Spring Data adapters for accidents and duty findings; lists follow the enterprise's current jurisdiction. */
package cn.safety.enforcement.persistence.accident;
