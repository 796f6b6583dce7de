package cn.safety.enforcement.domain.enterprise;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;

/**
 * Port: the error reports of rejected imports, kept for a while for the user who imported (any node may serve the
 * download). The content is opaque bytes: the web layer writes and reads its own format.
 */
public interface ImportErrorReports {

    /** Keeps {@code content} for {@code username} and forgets every report made before {@code forgetBefore}. */
    String keep(String username, InputStream content, long length, Instant now, Instant forgetBefore);

    /**
     * Hands report {@code id} of {@code username}, when it was made at or after {@code notBefore}, to {@code reader};
     * returns false when there is no such report (never made, another user's, or forgotten).
     */
    boolean read(String id, String username, Instant notBefore, Reader reader);

    @FunctionalInterface
    interface Reader {
        void read(InputStream content) throws IOException;
    }
}
