/** Spring Data adapter for the enterprise registry, with the keyset-paginated, scope-filtered list query. */
package cn.safety.enforcement.persistence.enterprise;
