/** Where hazards are kept: the Spring Data adapter of the domain's port, scope first, keyset pages. */
package cn.safety.enforcement.persistence.hazard;
