package cn.safety.enforcement.persistence.evidence;

import cn.safety.enforcement.domain.evidence.AcceptedEvidence;
import cn.safety.enforcement.domain.evidence.ContentTypes;
import cn.safety.enforcement.domain.evidence.EvidenceKind;
import cn.safety.enforcement.domain.evidence.EvidenceStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;

/** The evidence store, the content detector and the accepted kinds, from {@link EvidenceProperties}. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EvidenceProperties.class)
class EvidenceConfiguration {

    @Bean
    EvidenceStore evidenceStore(EvidenceProperties properties, Clock clock) {
        return new FileSystemEvidenceStore(Path.of(properties.storeDir()), clock);
    }

    @Bean
    ContentTypes contentTypes() {
        return new TikaContentTypes();
    }

    @Bean
    AcceptedEvidence acceptedEvidence(EvidenceProperties properties) {
        Map<EvidenceKind, AcceptedEvidence.Kind> kinds = new EnumMap<>(EvidenceKind.class);
        kinds.put(EvidenceKind.IMAGE, kind(properties.image()));
        kinds.put(EvidenceKind.AUDIO, kind(properties.audio()));
        kinds.put(EvidenceKind.VIDEO, kind(properties.video()));
        kinds.put(EvidenceKind.PDF, kind(properties.pdf()));
        return new AcceptedEvidence(kinds);
    }

    private static AcceptedEvidence.Kind kind(EvidenceProperties.Kind k) {
        return new AcceptedEvidence.Kind(new HashSet<>(k.types()), k.maxSize().toBytes());
    }
}
