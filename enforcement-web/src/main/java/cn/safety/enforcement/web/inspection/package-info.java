/** Inspection pages and API: starting (planned or unplanned), approval, stages, transfers, the list and the header. */
package cn.safety.enforcement.web.inspection;
