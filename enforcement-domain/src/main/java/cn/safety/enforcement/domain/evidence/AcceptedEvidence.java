package cn.safety.enforcement.domain.evidence;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What files are accepted as evidence: for each {@link EvidenceKind} the media types (as detected from the content)
 * and the largest size. Set from configuration ({@code enforcement.evidence.*}); a media type belongs to one kind only.
 */
public final class AcceptedEvidence {

    /** One kind's media types (lower case, no parameters) and its largest size in bytes. */
    public record Kind(Set<String> mediaTypes, long maxBytes) {

        public Kind {
            mediaTypes = mediaTypes.stream().map(t -> t.strip().toLowerCase(Locale.ROOT)).filter(t -> !t.isEmpty())
                    .collect(Collectors.toUnmodifiableSet());
            if (maxBytes <= 0) {
                throw new IllegalArgumentException("the largest size of a kind of evidence must be positive");
            }
        }
    }

    private final Map<EvidenceKind, Kind> kinds;

    public AcceptedEvidence(Map<EvidenceKind, Kind> kinds) {
        this.kinds = new EnumMap<>(kinds);
        Map<String, EvidenceKind> seen = new java.util.HashMap<>();
        this.kinds.forEach((kind, k) -> k.mediaTypes().forEach(t -> {
            EvidenceKind other = seen.put(t, kind);
            if (other != null) {
                throw new IllegalArgumentException(t + " is accepted both as " + other + " and as " + kind);
            }
        }));
    }

    /** The kind a detected media type belongs to, if it is accepted at all. */
    public Optional<EvidenceKind> kindOf(String mediaType) {
        if (mediaType == null) {
            return Optional.empty();
        }
        String type = mediaType.strip().toLowerCase(Locale.ROOT);
        return kinds.entrySet().stream().filter(e -> e.getValue().mediaTypes().contains(type))
                .map(Map.Entry::getKey).findFirst();
    }

    public long maxBytes(EvidenceKind kind) {
        Kind k = kinds.get(kind);
        if (k == null) {
            throw new IllegalArgumentException("no limit for " + kind);
        }
        return k.maxBytes();
    }

    /** The largest file of any kind: what an upload may carry at most. */
    public long largest() {
        return kinds.values().stream().mapToLong(Kind::maxBytes).max().orElse(0);
    }

    /** Every accepted media type, for the messages that list them. */
    public Set<String> mediaTypes() {
        return kinds.values().stream().map(Kind::mediaTypes).flatMap(Collection::stream)
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public Set<String> mediaTypes(EvidenceKind kind) {
        Kind k = kinds.get(kind);
        return k == null ? Set.of() : k.mediaTypes();
    }

    /** Bytes as whole megabytes (MiB) for messages, rounded up. */
    static long megabytes(long bytes) {
        return (bytes + (1L << 20) - 1) >> 20;
    }
}
