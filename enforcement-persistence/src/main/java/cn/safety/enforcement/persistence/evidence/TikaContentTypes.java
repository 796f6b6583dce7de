package cn.safety.enforcement.persistence.evidence;

import cn.safety.enforcement.domain.evidence.ContentTypes;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The media type of a file from its bytes alone, by Apache Tika's magic numbers and container headers (tika-core). The
 * file name is deliberately not given to Tika: for bytes it does not recognise Tika would fall back on the name, and a
 * program renamed {@code .jpg} would pass as a photo. Aliases are normalised to Tika's canonical names
 * ({@code audio/x-wav} → {@code audio/vnd.wave}).
 */
class TikaContentTypes implements ContentTypes {

    private final Detector detector;
    private final MediaTypeRegistry registry;

    TikaContentTypes() {
        TikaConfig config = TikaConfig.getDefaultConfig();
        this.detector = config.getDetector();
        this.registry = config.getMediaTypeRegistry();
    }

    @Override
    public String detect(InputStream in, String fileName) {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("content type detection needs a stream that supports mark");
        }
        try {
            MediaType type = detector.detect(in, new Metadata());
            return registry.normalize(type).getBaseType().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
