package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.Conflict;

/**
 * The kept file no longer has the SHA-256 recorded when it was attached (changed, truncated or lost on the store): it is
 * refused, never served. The API answers 409 with the message.
 */
public class EvidenceTampered extends Conflict {

    public EvidenceTampered() {
        super(null, "evidence.tampered");
    }
}
