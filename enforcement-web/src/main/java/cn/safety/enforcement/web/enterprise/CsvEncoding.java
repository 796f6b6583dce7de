package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides from its bytes in which encoding an uploaded CSV was saved, and refuses the file when that is not clear,
 * rather than import it garbled.
 * <ul>
 *     <li>UTF-8 with a byte-order mark, or bytes that are all valid UTF-8: UTF-8. A file that starts so and later holds
 *     a byte that is not UTF-8 is refused when that byte comes.</li>
 *     <li>GB18030 (GBK, as Excel saves "CSV" on Chinese Windows) only when every byte is valid GB18030 and the valid
 *     multi-byte UTF-8 sequences in it are accidents: fewer than one for every {@value #ACCIDENTS_PER_INVALID} places
 *     that are not UTF-8. Two GBK characters now and then also form valid UTF-8 (路 is C2 B7, a UTF-8 "·"), but a
 *     UTF-8 text is made of valid sequences through and through.</li>
 *     <li>Anything else is refused as a whole: for example UTF-8 rows with one stray byte, which a lenient reader would
 *     take for GB18030 and turn into nonsense.</li>
 * </ul>
 * The decision is taken on the first {@value #DECISION_BYTES} bytes and checked on every byte after, while the text
 * streams to the parser: a file of any size is read once, in constant memory.
 */
final class CsvEncoding {

    static final int DECISION_BYTES = 64 * 1024;
    static final int ACCIDENTS_PER_INVALID = 20;
    static final String UNCLEAR = "import.encoding.unclear";

    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvEncoding() {
    }

    /** The text of the CSV, without its byte-order mark; reading it throws a {@link RuleViolation} on the file field. */
    static Reader reader(InputStream in) throws IOException {
        return new DecidingReader(in);
    }

    private static RuleViolation unclear() {
        return new RuleViolation("file", UNCLEAR);
    }

    /** Counts, as a UTF-8 decoder would meet them, the valid sequences of three or four bytes and the invalid places. */
    static final class Utf8Evidence {

        private long longSequences;
        private long invalid;
        private int pending;
        private int length;
        private int lo = 0x80;
        private int hi = 0xBF;

        void scan(ByteBuffer bytes) {
            for (int i = bytes.position(); i < bytes.limit(); i++) {
                accept(bytes.get(i) & 0xff);
            }
        }

        private void accept(int b) {
            if (pending > 0) {
                if (b >= lo && b <= hi) {
                    lo = 0x80;
                    hi = 0xBF;
                    if (--pending == 0 && length >= 3) {
                        longSequences++;
                    }
                    return;
                }
                invalid++;
                pending = 0;
                lo = 0x80;
                hi = 0xBF;
            }
            if (b < 0x80) {
                return;
            }
            if (b >= 0xC2 && b <= 0xDF) {
                start(2, 0x80, 0xBF);
            } else if (b >= 0xE0 && b <= 0xEF) {
                start(3, b == 0xE0 ? 0xA0 : 0x80, b == 0xED ? 0x9F : 0xBF);
            } else if (b >= 0xF0 && b <= 0xF4) {
                start(4, b == 0xF0 ? 0x90 : 0x80, b == 0xF4 ? 0x8F : 0xBF);
            } else {
                invalid++;
            }
        }

        private void start(int length, int lo, int hi) {
            this.length = length;
            this.pending = length - 1;
            this.lo = lo;
            this.hi = hi;
        }

        /** At the end of the file: a sequence left open is invalid too. */
        void end() {
            if (pending > 0) {
                invalid++;
                pending = 0;
            }
        }

        long invalid() {
            return invalid;
        }

        long longSequences() {
            return longSequences;
        }

        /** Whether these bytes read as GB18030 by the rule above: invalid as UTF-8, with UTF-8 only by accident. */
        boolean looksLikeGb18030() {
            return invalid > 0 && longSequences * ACCIDENTS_PER_INVALID < invalid;
        }
    }

    private static final class DecidingReader extends Reader {

        private final InputStream in;
        private final Utf8Evidence evidence = new Utf8Evidence();
        private final ByteBuffer bytes = ByteBuffer.allocate(DECISION_BYTES);
        private final CharBuffer chars = CharBuffer.allocate(DECISION_BYTES);
        private final CharsetDecoder decoder;
        private final boolean utf8;
        private boolean endOfInput;
        private boolean flushed;

        DecidingReader(InputStream in) throws IOException {
            this.in = in;
            bytes.limit(0);
            fill();
            boolean bom = bytes.remaining() >= 3 && bytes.get(0) == (byte) 0xEF && bytes.get(1) == (byte) 0xBB
                    && bytes.get(2) == (byte) 0xBF;
            if (bom) {
                bytes.position(3);
            }
            evidence.scan(bytes);
            if (endOfInput) {
                evidence.end();
            }
            if (evidence.invalid() == 0) {
                utf8 = true;
            } else if (!bom && evidence.looksLikeGb18030()) {
                utf8 = false;
            } else {
                throw unclear();
            }
            decoder = (utf8 ? StandardCharsets.UTF_8 : GB18030).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            chars.flip();
        }

        /** Reads more bytes after those not yet decoded, and weighs them. */
        private void fill() throws IOException {
            bytes.compact();
            int start = bytes.position();
            while (bytes.hasRemaining()) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                    break;
                }
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            if (decoder != null) {
                ByteBuffer fresh = bytes.duplicate();
                fresh.position(start);
                evidence.scan(fresh);
                if (endOfInput) {
                    evidence.end();
                }
                boolean stillClear = utf8 ? evidence.invalid() == 0 : evidence.looksLikeGb18030();
                if (!stillClear) {
                    throw unclear();
                }
            }
        }

        @Override
        public int read(char[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                decodeMore();
            }
            int n = Math.min(length, chars.remaining());
            chars.get(target, offset, n);
            return n;
        }

        private void decodeMore() throws IOException {
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            if (result.isError()) {
                throw unclear();
            }
            if (endOfInput && !bytes.hasRemaining()) {
                if (decoder.flush(chars).isError()) {
                    throw unclear();
                }
                flushed = true;
            } else if (result.isUnderflow() && !endOfInput) {
                fill();
            }
            chars.flip();
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
