/** 一企一档: the enterprise registry, each enterprise assigned to exactly one enforcement department (R2). */
package cn.safety.enforcement.domain.enterprise;
