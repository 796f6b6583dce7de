package cn.safety.enforcement.domain.evidence;

/** The kinds of evidence accepted, each with its own media types and largest size ({@link AcceptedEvidence}). */
public enum EvidenceKind {
    IMAGE, AUDIO, VIDEO, PDF
}
