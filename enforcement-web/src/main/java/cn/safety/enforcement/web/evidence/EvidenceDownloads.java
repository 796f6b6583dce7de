package cn.safety.enforcement.web.evidence;

import cn.safety.enforcement.domain.evidence.Evidence;
import cn.safety.enforcement.domain.evidence.EvidenceContent;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Writes a checked evidence file to the response, streamed: its detected type, its length, the file name in UTF-8
 * (RFC 6266 {@code filename*}), and its SHA-256 three ways: {@code Repr-Digest: sha-256=:<base64>:} (RFC 9530),
 * {@code Digest: sha-256=<base64>} (RFC 3230, for older clients) and {@code X-Content-SHA256: <hex>}. Withdrawn
 * evidence carries {@code X-Evidence-Withdrawn: true}. The file is sandboxed: whatever it holds, a browser runs no
 * script of it.
 */
public final class EvidenceDownloads {

    static final String SHA256_HEADER = "X-Content-SHA256";
    static final String WITHDRAWN_HEADER = "X-Evidence-Withdrawn";

    private static final Logger log = LoggerFactory.getLogger(EvidenceDownloads.class);

    private EvidenceDownloads() {
    }

    public static void write(EvidenceContent content, boolean inline, HttpServletResponse response) throws IOException {
        try (content) {
            Evidence e = content.evidence();
            String base64 = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(e.getSha256()));
            response.setContentType(e.getContentType());
            response.setContentLengthLong(e.getSize());
            ContentDisposition.Builder disposition = inline ? ContentDisposition.inline()
                    : ContentDisposition.attachment();
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                    disposition.filename(e.getFileName(), StandardCharsets.UTF_8).build().toString());
            response.setHeader("Repr-Digest", "sha-256=:" + base64 + ":");
            response.setHeader("Digest", "sha-256=" + base64);
            response.setHeader(SHA256_HEADER, e.getSha256());
            response.setHeader(HttpHeaders.ETAG, "\"" + e.getSha256() + "\"");
            response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'; img-src 'self';"
                    + " media-src 'self'; style-src 'unsafe-inline'");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
            if (e.isWithdrawn()) {
                response.setHeader(WITHDRAWN_HEADER, "true");
            }
            OutputStream out = response.getOutputStream();
            try {
                content.content().transferTo(out);
                out.flush();
            } catch (IOException clientGone) {
                log.debug("download of evidence {} ended early: {}", e.getId(), clientGone.toString());
            }
        }
    }
}
