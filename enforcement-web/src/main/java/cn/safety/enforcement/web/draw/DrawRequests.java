package cn.safety.enforcement.web.draw;

import java.math.BigDecimal;

/** The bodies of the draw API. */
final class DrawRequests {

    private DrawRequests() {
    }

    /** Freeze: the ratio (a decimal in (0, 1], at most six decimals) and the public source of the future seed. */
    record Freeze(BigDecimal ratio, String seedSource) {
    }

    /** The seed, exactly as published by the named source. */
    record Seed(String seed) {
    }

    /** 回避: the inspector (the caller when absent), the enterprise, and the reason (never published). */
    record Recusal(Long userId, Long enterpriseId, String reason) {
    }

    record Withdrawal(String reason) {
    }
}
