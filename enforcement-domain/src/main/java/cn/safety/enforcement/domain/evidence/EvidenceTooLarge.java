package cn.safety.enforcement.domain.evidence;

import cn.safety.enforcement.domain.RuleViolation;

/** A file larger than its kind allows: refused on {@code file}, naming the limit in MB; nothing is kept. */
public class EvidenceTooLarge extends RuleViolation {

    public EvidenceTooLarge(long maxBytes) {
        super("file", "evidence.file.tooLarge", AcceptedEvidence.megabytes(maxBytes));
    }
}
