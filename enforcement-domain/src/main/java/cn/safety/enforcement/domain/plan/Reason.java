package cn.safety.enforcement.domain.plan;

/**
 * Why an enterprise is on the plan: a code ({@code HIGH_RISK_SECTOR}, {@code FATAL_ACCIDENT}, ...) and the text shown,
 * which names the facts and the rule values used (the accident's date, the window in years).
 */
public record Reason(String code, String text) {
}
