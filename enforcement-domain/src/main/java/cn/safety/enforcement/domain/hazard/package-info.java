/** 隐患排查治理: a hidden hazard of one enterprise and its loop 检查 → 督办 → 整改 → 验收 → 核查 → 销号 (R5). */
package cn.safety.enforcement.domain.hazard;
