package cn.safety.enforcement.persistence.evidence;

import cn.safety.enforcement.domain.evidence.EvidenceStore;
import cn.safety.enforcement.domain.evidence.EvidenceTooLarge;
import cn.safety.enforcement.domain.evidence.StoredFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Evidence files in a directory (by default {@code <data directory>/evidence}), under keys {@code yyyy/MM/<uuid>}: the
 * month the file came in and a random name, never derived from anything the uploader chose.
 * <p>A file is streamed into a temporary file in its final directory while its SHA-256 is computed, made read-only,
 * then given its name by a hard link, which fails rather than replace an existing file (where the file system has no
 * hard links, a move that does not replace). Past the size limit the copy stops and the temporary file is removed.
 * Nothing here deletes or rewrites a stored file.
 */
class FileSystemEvidenceStore implements EvidenceStore {

    private static final Pattern KEY = Pattern.compile("[0-9]{4}/[0-9]{2}/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}"
            + "-[0-9a-f]{12}");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Clock clock;

    FileSystemEvidenceStore(Path root, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    @Override
    public StoredFile store(InputStream in, long maxBytes) {
        LocalDate today = LocalDate.now(clock);
        String key = String.format("%04d/%02d/%s", today.getYear(), today.getMonthValue(), UUID.randomUUID());
        Path target = root.resolve(key);
        Path temp = null;
        try {
            Files.createDirectories(target.getParent());
            temp = Files.createTempFile(target.getParent(), ".incoming-", ".part");
            MessageDigest sha = sha256();
            long size = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    size += n;
                    if (size > maxBytes) {
                        throw new EvidenceTooLarge(maxBytes);
                    }
                    sha.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
                out.flush();
                channel.force(true);
            }
            readOnly(temp);
            name(temp, target);
            return new StoredFile(key, HexFormat.of().formatHex(sha.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("evidence could not be stored under " + key, e);
        } finally {
            if (temp != null) {
                try {
                    // the partial or already linked temporary name, never the stored file
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a stray temporary file is harmless: no record names it
                }
            }
        }
    }

    /** Gives the written file its key's name, never replacing a file that has it already. */
    private static void name(Path temp, Path target) throws IOException {
        try {
            Files.createLink(target, temp);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (UnsupportedOperationException | IOException noLinks) {
            // no hard links here (some shared file systems): a move without REPLACE_EXISTING refuses an existing name
            Files.move(temp, target);
        }
    }

    private static void readOnly(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
        } catch (UnsupportedOperationException | IOException e) {
            file.toFile().setWritable(false, false);
        }
    }

    @Override
    public InputStream open(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("not an evidence key: " + key);
        }
        try {
            return Files.newInputStream(root.resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("evidence file " + key + " cannot be opened", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
