package cn.safety.enforcement.web.evidence;

/** Why the evidence is withdrawn (required, at most 500 characters). */
record WithdrawalRequest(String reason) {
}
