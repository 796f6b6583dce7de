/** 全过程记录: the append-only, hash-chained record of every create and change of every aggregate. */
package cn.safety.enforcement.domain.audit;
