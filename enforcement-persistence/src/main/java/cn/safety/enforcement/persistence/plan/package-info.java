/** Where plans and their items are kept: JPA for one record, set-based SQL and COPY for generation and draws. */
package cn.safety.enforcement.persistence.plan;
