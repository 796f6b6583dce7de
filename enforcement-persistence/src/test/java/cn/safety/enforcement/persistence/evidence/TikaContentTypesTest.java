package cn.safety.enforcement.persistence.evidence;

import org.junit.jupiter.api.Test;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Types by content with Apache Tika: real headers of the accepted kinds, and what must not pass as evidence whatever
 * its name (a Windows program, a ZIP, HTML, an SVG with script).
 */
class TikaContentTypesTest {

    private final TikaContentTypes types = new TikaContentTypes();

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] join(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** An ISO base media file: an ftyp box with the brand, then padding. */
    private static byte[] ftyp(String brand) {
        return join(bytes(0, 0, 0, 0x18), ascii("ftyp" + brand), bytes(0, 0, 0, 0), ascii(brand + "isom"),
                new byte[256]);
    }

    /** A 1×1 PNG, complete. */
    static byte[] png() {
        return join(bytes(0x89, 'P', 'N', 'G', 13, 10, 26, 10), bytes(0, 0, 0, 13), ascii("IHDR"),
                bytes(0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, 0xC4, 0x89), bytes(0, 0, 0, 10),
                ascii("IDAT"), bytes(0x78, 0x9C, 0x63, 0, 1, 0, 0, 5, 0, 1, 0x0D, 0x0A, 0x2D, 0xB4),
                bytes(0, 0, 0, 0), ascii("IEND"), bytes(0xAE, 0x42, 0x60, 0x82));
    }

    /** The start of a baseline JPEG (SOI, APP0 JFIF). */
    static byte[] jpeg() {
        return join(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 16), ascii("JFIF"), bytes(0, 1, 1, 0, 0, 1, 0, 1, 0, 0),
                bytes(0xFF, 0xDB, 0, 0x43, 0), new byte[64], bytes(0xFF, 0xD9));
    }

    /** A minimal one-page PDF. */
    static byte[] pdf() {
        return ascii("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>"
                + "endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n"
                + "%%EOF\n");
    }

    /** The DOS header of a Windows program. */
    static byte[] exe() {
        return join(ascii("MZ"), bytes(0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xFF, 0xFF, 0, 0, 0xB8), new byte[100]);
    }

    private String detect(byte[] content, String name) {
        return types.detect(new BufferedInputStream(new ByteArrayInputStream(content)), name);
    }

    @Test
    void photos_recordings_videos_and_pdfs_are_recognised_by_their_bytes() {
        assertThat(detect(png(), "x")).isEqualTo("image/png");
        assertThat(detect(jpeg(), "x")).isEqualTo("image/jpeg");
        assertThat(detect(join(ascii("RIFF"), bytes(0x24, 0, 0, 0), ascii("WEBPVP8 "), new byte[64]), "x"))
                .isEqualTo("image/webp");
        assertThat(detect(ftyp("heic"), "x")).isEqualTo("image/heic");
        assertThat(detect(pdf(), "x")).isEqualTo("application/pdf");
        assertThat(detect(join(ascii("ID3"), bytes(3, 0, 0, 0, 0, 0, 0), new byte[256]), "x"))
                .isEqualTo("audio/mpeg");
        assertThat(detect(ftyp("M4A "), "x")).isEqualTo("audio/mp4");
        assertThat(detect(join(ascii("RIFF"), bytes(0x24, 0, 0, 0), ascii("WAVEfmt "), new byte[64]), "x"))
                .as("an alias normalised").isEqualTo("audio/vnd.wave");
        assertThat(detect(join(ascii("#!AMR\n"), new byte[64]), "x")).isEqualTo("audio/amr");
        assertThat(detect(ftyp("mp42"), "x")).isEqualTo("video/mp4");
        assertThat(detect(ftyp("qt  "), "x")).isEqualTo("video/quicktime");
        assertThat(detect(ftyp("3gp4"), "x")).isEqualTo("video/3gpp");
    }

    @Test
    void the_name_does_not_decide_a_program_named_jpg_stays_a_program() {
        assertThat(detect(exe(), "现场照片.jpg")).isEqualTo("application/x-msdownload");
        assertThat(detect(join(bytes('P', 'K', 3, 4), new byte[64]), "photo.png")).isEqualTo("application/zip");
        assertThat(detect(ascii("<html><script>alert(1)</script></html>"), "photo.jpg")).isEqualTo("text/html");
        assertThat(detect(ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"),
                "photo.png")).isEqualTo("image/svg+xml");
        assertThat(detect(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, "photo.jpg"))
                .as("unknown bytes are not a photo because of their name").isEqualTo("application/octet-stream");
    }

    @Test
    void the_stream_is_reset_so_that_the_whole_file_is_stored() throws Exception {
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(png()));
        types.detect(in, "a.png");
        assertThat(in.readAllBytes()).isEqualTo(png());
        assertThatThrownBy(() -> types.detect(new InputStream() {
            @Override
            public int read() {
                return -1;
            }
        }, "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
