package cn.safety.enforcement.web.evidence;

import cn.safety.enforcement.domain.evidence.AttachingEvidence;
import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceOwner;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Hands an upload to {@link AttachingEvidence}, for every endpoint that takes a file as evidence (an inspection's
 * photos, a signature, the enterprise file). The multipart support has already written the upload to disk
 * ({@code spring.servlet.multipart.file-size-threshold=0}), so the file streams from there into the evidence store and
 * is never whole in memory. A missing file is refused on {@code file}, after the jurisdiction check.
 * <p>Upload endpoints whose path ends in {@code /evidence} take files up to the largest evidence size; any other
 * multipart endpoint stays within the import limit (see {@code UploadLimitFilter}).
 */
@Component
public class EvidenceUploads {

    private final AttachingEvidence attaching;

    EvidenceUploads(AttachingEvidence attaching) {
        this.attaching = attaching;
    }

    /** Attaches the uploaded {@code file} (null or empty: refused on {@code file}) to {@code owner}. */
    public Evidence attach(Actor actor, EvidenceOwner owner, MultipartFile file) {
        return attach(actor, owner, file, null);
    }

    /** As above, accepting only {@code allowedTypes} (e.g. {@link AttachingEvidence#typesOf} IMAGE for signatures). */
    public Evidence attach(Actor actor, EvidenceOwner owner, MultipartFile file, Set<String> allowedTypes) {
        return receive(file, (name, in) -> attaching.attach(actor, owner, name, in, allowedTypes));
    }

    /**
     * What an endpoint does with an upload's name and content when a use case of its own attaches it (one that loads
     * the owner and checks its state, then calls {@link AttachingEvidence}).
     */
    @FunctionalInterface
    public interface Receiver<T> {
        T receive(String fileName, InputStream content);
    }

    /**
     * Opens the uploaded {@code file} and hands its name and content (null when no file was sent) to {@code receiver},
     * closing it afterwards: e.g. {@code uploads.receive(file, (name, in) -> attachingX.attach(actor, id, name, in))}.
     */
    public <T> T receive(MultipartFile file, Receiver<T> receiver) {
        try (InputStream in = open(file)) {
            return receiver.receive(file == null ? null : file.getOriginalFilename(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A document for the enterprise file (owner kind ENTERPRISE). */
    Evidence attachToEnterprise(Actor actor, long enterpriseId, MultipartFile file) {
        return receive(file, (name, in) -> attaching.attachToEnterprise(actor, enterpriseId, name, in));
    }

    /** The 201 answer to an upload: the receipt, and the file's address in {@code Location}. */
    public static ResponseEntity<EvidenceReceipt> created(Evidence e) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/evidence/{id}").buildAndExpand(e.getId()).toUri()).body(EvidenceReceipt.of(e));
    }

    /** The upload's content, or null when no file (or an empty part without a name) was sent. */
    private static InputStream open(MultipartFile file) throws IOException {
        if (file == null || file.isEmpty() && (file.getOriginalFilename() == null
                || file.getOriginalFilename().isBlank())) {
            return null;
        }
        return file.getInputStream();
    }
}
