package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class CsvEncodingTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String HEADER = "统一社会信用代码,企业名称,行政区划代码,地址,行业领域,从业人员数,安全风险等级\r\n";
    private static final String ROW = "91130123MA0D5K2R8Q,正定县鑫盛化工有限公司,130123,河北省石家庄市正定县建设路12号,危险化学品,120,橙\r\n";

    @Test
    void utf8_without_a_byte_order_mark_is_read_as_utf8() throws IOException {
        String text = HEADER + ROW;
        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void utf8_with_a_byte_order_mark_is_read_as_utf8_without_the_mark() throws IOException {
        String text = HEADER + ROW;
        assertThat(read(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(text);
    }

    @Test
    void gb18030_as_excel_saves_it_is_read_as_gb18030_although_some_of_its_pairs_are_valid_utf8() throws IOException {
        // 路 is C2 B7 in GBK, which is also a valid UTF-8 sequence; 䶮 needs GB18030's four-byte form
        String text = HEADER + ROW + "91130123MA0D5K2R9R,正定县䶮录路有限公司,130123,正定县鹿泉路1号,工贸,20,蓝\r\n";
        byte[] bytes = text.getBytes(GB18030);
        assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("\u00c2\u00b7");
        assertThat(read(bytes)).isEqualTo(text);
    }

    @Test
    void utf8_rows_with_one_stray_byte_are_refused_even_where_gb18030_would_read_every_byte() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("creditcode,name,divisioncode,address,sector,employees,riskgrade\r\n".getBytes(StandardCharsets.UTF_8));
        out.writeBytes("91130123MA0D5K2R8Q,正定县甲有限公司,130123,正定县测试路甲号".getBytes(StandardCharsets.UTF_8));
        out.write(0x81);
        out.writeBytes("B座位,INDUSTRY_TRADE,20,BLUE\r\n".getBytes(StandardCharsets.UTF_8));
        byte[] bytes = out.toByteArray();
        assertStrictGb18030(bytes);

        assertUnclear(bytes);
    }

    @Test
    void utf8_rows_with_a_byte_that_is_neither_utf8_nor_gb18030_are_refused() {
        byte[] row = ROW.getBytes(StandardCharsets.UTF_8);
        byte[] damaged = concat(HEADER.getBytes(StandardCharsets.UTF_8), row);
        damaged[HEADER.getBytes(StandardCharsets.UTF_8).length + 25] = (byte) 0xFF;
        assertUnclear(damaged);
    }

    @Test
    void a_byte_order_mark_declares_utf8_so_a_file_with_one_and_gbk_bytes_is_refused() {
        assertUnclear(concat(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, (HEADER + ROW).getBytes(GB18030)));
    }

    @Test
    void gbk_rows_after_utf8_rows_are_refused() {
        assertUnclear(concat((HEADER + ROW).getBytes(StandardCharsets.UTF_8), ROW.getBytes(GB18030)));
    }

    @Test
    void a_large_utf8_file_streams_through_every_buffer_boundary_intact() throws IOException {
        String text = HEADER + ROW.repeat(4_000);
        assertThat(read(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
    }

    @Test
    void a_large_gb18030_file_streams_through_every_buffer_boundary_intact() throws IOException {
        String text = HEADER + ("91130123MA0D5K2R9R,正定县䶮录路有限公司,130123,正定县鹿泉路1号,工贸,20,蓝\r\n" + ROW).repeat(2_000);
        assertThat(read(text.getBytes(GB18030))).isEqualTo(text);
    }

    @Test
    void a_stray_byte_far_beyond_the_first_buffer_is_refused_when_the_reading_comes_to_it() throws IOException {
        byte[] good = (HEADER + ROW.repeat(4_000)).getBytes(StandardCharsets.UTF_8);
        byte[] damaged = concat(good, new byte[]{(byte) 0xB7, ','});
        try (Reader reader = CsvEncoding.reader(new ByteArrayInputStream(damaged))) {
            char[] first = new char[HEADER.length()];
            assertThat(reader.read(first)).isEqualTo(HEADER.length());
            assertThat(new String(first)).isEqualTo(HEADER);
            assertThatThrownBy(() -> reader.transferTo(new StringWriter())).isInstanceOfSatisfying(RuleViolation.class,
                    v -> assertThat(v.problems().get(0).messageCode()).isEqualTo(CsvEncoding.UNCLEAR));
        }
    }

    @Test
    void an_empty_file_reads_as_empty() throws IOException {
        assertThat(read(new byte[0])).isEmpty();
    }

    private static String read(byte[] bytes) throws IOException {
        StringWriter out = new StringWriter();
        try (Reader reader = CsvEncoding.reader(new ByteArrayInputStream(bytes))) {
            char[] buffer = new char[777];
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                out.write(buffer, 0, n);
            }
        }
        return out.toString();
    }

    private static void assertUnclear(byte[] bytes) {
        assertThatThrownBy(() -> read(bytes)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.problems().get(0).field()).isEqualTo("file");
            assertThat(v.problems().get(0).messageCode()).isEqualTo(CsvEncoding.UNCLEAR);
        });
    }

    private static void assertStrictGb18030(byte[] bytes) {
        try {
            GB18030.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            fail("the test file should be valid GB18030 byte by byte", e);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
