package cn.safety.enforcement.domain.evidence;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;

/** A piece of evidence with its file, whose hash was checked just before it was opened; the reader closes it. */
public record EvidenceContent(Evidence evidence, InputStream content) implements Closeable {

    @Override
    public void close() throws IOException {
        content.close();
    }
}
