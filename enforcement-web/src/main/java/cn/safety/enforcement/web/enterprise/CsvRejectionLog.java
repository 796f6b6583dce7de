package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.ImportReport;
import cn.safety.enforcement.domain.enterprise.RejectionLog;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.MessageSource;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * The whole error report of an import, written row by row to a gzip-compressed CSV in a temporary file (UTF-8 with a
 * BOM, so that Excel opens it): one line per problem with the row, the column, the value and the message in the
 * importer's language. The file is deleted when the log is closed; the report is kept in the database by then.
 */
final class CsvRejectionLog implements RejectionLog, Closeable {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<String, String> headings;
    private final Path file;
    private final CSVPrinter printer;
    private boolean ended;

    CsvRejectionLog(MessageSource messages, Locale locale, Map<String, String> headings) throws IOException {
        this.messages = messages;
        this.locale = locale;
        this.headings = headings;
        this.file = Files.createTempFile("import-report-", ".csv.gz");
        OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(file)), 64 * 1024);
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        this.printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
        printer.printRecord(text("import.report.line"), text("field.creditCode"), text("import.report.field"),
                text("import.report.value"), text("import.report.message"));
    }

    @Override
    public void add(ImportReport.RejectedRow row) {
        try {
            for (RuleViolation.Problem p : row.problems()) {
                String column = p.field() == null ? "" : headings.getOrDefault(p.field(), p.field());
                String value = row.valueOf(p.field());
                printer.printRecord(row.line(), row.creditCode() == null ? "" : row.creditCode(), column,
                        value == null ? "" : value, messages.getMessage(p.messageCode(), p.args(), p.messageCode(),
                                locale));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public InputStream contents() throws IOException {
        if (!ended) {
            printer.close();
            ended = true;
        }
        return Files.newInputStream(file);
    }

    @Override
    public long length() {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (!ended) {
                printer.close();
                ended = true;
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, locale);
    }
}
