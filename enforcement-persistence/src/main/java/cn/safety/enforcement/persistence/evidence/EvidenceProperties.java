package cn.safety.enforcement.persistence.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * Evidence ({@code enforcement.evidence.*}): the directory of the file store ({@code store-dir}, by default
 * {@code evidence} under the data directory, see application.properties) and, per kind ({@code image}, {@code audio},
 * {@code video}, {@code pdf}), the largest file ({@code max-size}) and the media types accepted ({@code types}, as
 * detected from the content, in Apache Tika's canonical names). A setting left out keeps its default.
 */
@ConfigurationProperties("enforcement.evidence")
record EvidenceProperties(@DefaultValue("./data/evidence") String storeDir, Kind image, Kind audio, Kind video,
                          Kind pdf) {

    static final List<String> IMAGE_TYPES = List.of("image/jpeg", "image/png", "image/webp", "image/heic",
            "image/heif");
    static final List<String> AUDIO_TYPES = List.of("audio/mpeg", "audio/mp4", "audio/x-m4a", "audio/aac",
            "audio/x-aac", "audio/vnd.wave", "audio/amr");
    static final List<String> VIDEO_TYPES = List.of("video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2");
    static final List<String> PDF_TYPES = List.of("application/pdf");

    EvidenceProperties {
        image = Kind.orDefault(image, DataSize.ofMegabytes(20), IMAGE_TYPES);
        audio = Kind.orDefault(audio, DataSize.ofMegabytes(200), AUDIO_TYPES);
        video = Kind.orDefault(video, DataSize.ofGigabytes(1), VIDEO_TYPES);
        pdf = Kind.orDefault(pdf, DataSize.ofMegabytes(50), PDF_TYPES);
    }

    /** One kind: its largest file and its media types. */
    record Kind(DataSize maxSize, List<String> types) {

        static Kind orDefault(Kind set, DataSize maxSize, List<String> types) {
            if (set == null) {
                return new Kind(maxSize, types);
            }
            return new Kind(set.maxSize() == null ? maxSize : set.maxSize(),
                    set.types() == null || set.types().isEmpty() ? types : set.types());
        }
    }
}
