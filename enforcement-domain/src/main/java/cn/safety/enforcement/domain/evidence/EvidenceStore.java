package cn.safety.enforcement.domain.evidence;

import java.io.InputStream;

/**
 * Port: where evidence files are kept. A file is written once under a new key and never replaced nor deleted; a
 * withdrawal is recorded on the {@link Evidence}, the file stays. The default adapter keeps files under the data
 * directory; a store every node reaches (an object store, a shared volume) replaces it behind this port.
 */
public interface EvidenceStore {

    /**
     * Streams {@code in} into a new file, computing its SHA-256 on the way: the content is never held in memory as a
     * whole. Past {@code maxBytes} the copy stops, what was written is removed and {@link EvidenceTooLarge} is raised;
     * nothing is kept under a key.
     */
    StoredFile store(InputStream in, long maxBytes);

    /** The file kept under {@code key}, as stored; the caller closes it. */
    InputStream open(String key);
}
