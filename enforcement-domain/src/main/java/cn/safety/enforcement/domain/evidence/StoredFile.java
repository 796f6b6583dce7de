package cn.safety.enforcement.domain.evidence;

/**
 * A file as the store keeps it: the key it is found by, its SHA-256 (lower-case hex) computed while it was written, and
 * its size in bytes.
 */
public record StoredFile(String key, String sha256, long size) {
}
