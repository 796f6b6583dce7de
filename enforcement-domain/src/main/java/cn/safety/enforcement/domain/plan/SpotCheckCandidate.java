package cn.safety.enforcement.domain.plan;

/** An enterprise of the spot-check pool (双随机), as the draw lists it. */
public record SpotCheckCandidate(long enterpriseId, String creditCode) {
}
