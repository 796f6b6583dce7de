/** Who may take which step of the legal procedure on one record: the separation of duties (R6). */
package cn.safety.enforcement.domain.duty;
