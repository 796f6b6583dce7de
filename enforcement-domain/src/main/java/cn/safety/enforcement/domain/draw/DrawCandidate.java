package cn.safety.enforcement.domain.draw;

/** An enterprise of the spot-check pool, published by its credit code. */
public record DrawCandidate(long enterpriseId, String creditCode) {
}
