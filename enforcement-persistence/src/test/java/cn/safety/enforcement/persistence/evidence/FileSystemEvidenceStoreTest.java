package cn.safety.enforcement.persistence.evidence;

import cn.safety.enforcement.domain.evidence.EvidenceTooLarge;
import cn.safety.enforcement.domain.evidence.StoredFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file-system evidence store: hash while streaming, keys by month, the size limit, never replacing a file. */
class FileSystemEvidenceStoreTest {

    /** 00:30 on 1 July 2026 in Beijing, still June in UTC: the key's month is the application's. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-30T16:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @TempDir
    Path root;

    private FileSystemEvidenceStore store() {
        return new FileSystemEvidenceStore(root, CLOCK);
    }

    private List<Path> filesUnder(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    @Test
    void the_sha256_is_computed_while_streaming_against_a_known_value() throws Exception {
        // FIPS 180-2 test vector: SHA-256("abc")
        StoredFile f = store().store(new ByteArrayInputStream("abc".getBytes(StandardCharsets.US_ASCII)), 10);
        assertThat(f.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(f.size()).isEqualTo(3);
        assertThat(f.key()).matches("2026/07/[0-9a-f-]{36}");
        try (InputStream in = store().open(f.key())) {
            assertThat(in.readAllBytes()).isEqualTo("abc".getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(filesUnder(root)).as("only the stored file, no temporary one left").hasSize(1);
        assertThat(Files.getPosixFilePermissions(root.resolve(f.key()))).as("stored read-only")
                .doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
                        java.nio.file.attribute.PosixFilePermission.GROUP_WRITE,
                        java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE);
    }

    @Test
    void a_large_stream_is_hashed_in_pieces_exactly_like_the_whole() throws Exception {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 7 + (i >> 11));
        }
        StoredFile f = store().store(new ByteArrayInputStream(content), content.length);
        assertThat(f.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(content)));
        assertThat(Files.size(root.resolve(f.key()))).isEqualTo(content.length);
    }

    @Test
    void past_the_limit_the_copy_stops_and_the_partial_file_is_removed() throws Exception {
        byte[] content = new byte[200_001];
        assertThatThrownBy(() -> store().store(new ByteArrayInputStream(content), 200_000))
                .isInstanceOf(EvidenceTooLarge.class)
                .satisfies(e -> assertThat(((EvidenceTooLarge) e).problems().get(0).field()).isEqualTo("file"));
        assertThat(filesUnder(root)).as("nothing kept").isEmpty();
    }

    @Test
    void every_file_gets_a_new_key_and_an_existing_one_is_never_replaced() throws Exception {
        StoredFile a = store().store(new ByteArrayInputStream(new byte[] {1}), 10);
        StoredFile b = store().store(new ByteArrayInputStream(new byte[] {1}), 10);
        assertThat(a.key()).isNotEqualTo(b.key());
        assertThat(a.sha256()).isEqualTo(b.sha256());

        Path existing = root.resolve(a.key());
        Path temp = Files.createTempFile(existing.getParent(), ".incoming-", ".part");
        Files.write(temp, new byte[] {2});
        java.lang.reflect.Method name = FileSystemEvidenceStore.class.getDeclaredMethod("name", Path.class,
                Path.class);
        name.setAccessible(true);
        assertThatThrownBy(() -> {
            try {
                name.invoke(null, temp, existing);
            } catch (java.lang.reflect.InvocationTargetException e) {
                throw e.getCause();
            }
        }).isInstanceOf(java.nio.file.FileAlreadyExistsException.class);
        try (InputStream in = store().open(a.key())) {
            assertThat(in.readAllBytes()).isEqualTo(new byte[] {1});
        }
    }

    @Test
    void only_keys_it_made_are_opened() {
        assertThatThrownBy(() -> store().open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store().open("2026/07/00000000-0000-0000-0000-000000000000"))
                .isInstanceOf(UncheckedIOException.class);
    }
}
