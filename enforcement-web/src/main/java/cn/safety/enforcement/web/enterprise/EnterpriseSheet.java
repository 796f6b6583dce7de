package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.ImportRow;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.SectorCode;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import com.github.pjfanning.xlsx.StreamingReader;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import org.springframework.core.io.InputStreamSource;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharsetDecoder;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The spreadsheet form of the registry, as departments keep it: Chinese column headings (the field codes are accepted
 * too), Chinese labels or codes for the enumerations; the former sectors 涉爆粉尘, 涉氨制冷 and 有限空间 are read as 工贸 with
 * that feature, and a 特征 column lists features. Reads .xlsx and .csv (UTF-8 with or without BOM, or GB18030 as
 * Excel saves it on Chinese Windows, as {@link CsvEncoding} decides) for import, and writes the import templates; the
 * export is {@link EnterpriseExportFiles}.
 */
@Component
class EnterpriseSheet {

    /** Column field → Chinese heading, in the order of the template. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("creditCode", "统一社会信用代码");
        COLUMNS.put("name", "企业名称");
        COLUMNS.put("divisionCode", "行政区划代码");
        COLUMNS.put("address", "地址");
        COLUMNS.put("sector", "行业领域");
        COLUMNS.put("features", "特征");
        COLUMNS.put("employees", "从业人员数");
        COLUMNS.put("riskGrade", "安全风险等级");
        COLUMNS.put("scale", "企业规模");
        COLUMNS.put("legalRepresentative", "法定代表人");
        COLUMNS.put("mainResponsiblePerson", "主要负责人");
        COLUMNS.put("safetyOrganization", "是否设置安全生产管理机构");
        COLUMNS.put("fullTimeSafetyStaff", "专职安全管理人员数");
        COLUMNS.put("partTimeSafetyStaff", "兼职安全管理人员数");
        COLUMNS.put("standardizationGrade", "安全生产标准化等级");
        COLUMNS.put("majorHazardSources", "重大危险源数");
        COLUMNS.put("status", "生产经营状态");
        COLUMNS.put("township", "乡镇（街道）");
    }

    private static final List<String> REQUIRED = List.of("creditCode", "name", "divisionCode", "address", "sector",
            "employees", "riskGrade");

    private static final int MAX_REMEMBERED_LABELS = 1_000;
    private static final java.util.regex.Pattern FEATURE_SEPARATORS = java.util.regex.Pattern.compile("[、,，;；/\\s]+");

    /** The credit code of the templates' example row: a row that still holds it is refused, never imported. */
    static final String EXAMPLE_CREDIT_CODE = "91130123MA0D5K2R8Q";

    /** The coded columns: a drop-down list of their labels in the .xlsx template. */
    private static final Map<String, Class<? extends Enum<?>>> CODED = new LinkedHashMap<>();

    static {
        CODED.put("sector", Sector.class);
        CODED.put("riskGrade", RiskGrade.class);
        CODED.put("scale", Scale.class);
        CODED.put("standardizationGrade", StandardizationGrade.class);
        CODED.put("status", OperatingStatus.class);
    }

    private final MessageSource messages;
    private final ImportProperties limits;
    private final Map<Class<?>, Map<String, Optional<Enum<?>>>> choices = new ConcurrentHashMap<>();
    private final Map<String, Optional<SectorCode>> sectorCodes = new ConcurrentHashMap<>();

    EnterpriseSheet(MessageSource messages, ImportProperties limits) {
        this.messages = messages;
        this.limits = limits;
    }

    /**
     * Opens an uploaded file and reads its header; the data rows are then read one at a time as {@link Rows} is
     * iterated, so that neither the file nor its rows are ever all in memory. A file that cannot be read, lacks a
     * required column or holds no data row is refused here; one that holds more than the configured number of rows is
     * refused while it is read, before its last row.
     */
    Rows open(String filename, InputStreamSource source) {
        String lower = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        try {
            Records records;
            if (lower.endsWith(".xlsx")) {
                records = xlsxRecords(source.getInputStream());
            } else if (lower.endsWith(".csv")) {
                records = csvRecords(source);
            } else {
                throw new RuleViolation("file", "import.format");
            }
            return new Rows(records);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RuleViolation v) {
                throw v;
            }
            throw new RuleViolation("file", "import.unreadable");
        }
    }

    /** One record of the file: its line (1 for the header) and its cells. */
    private record Line(int number, List<String> cells) {

        boolean blank() {
            return cells.stream().allMatch(c -> c == null || c.isBlank());
        }
    }

    /** The records of a file, in order, with what must be closed once they are read. */
    private record Records(Iterator<Line> lines, Closeable resource) {
    }

    /** The data rows of an opened file: read while they are iterated (once), closed with the file. */
    final class Rows implements Iterable<ImportRow>, Closeable {

        private final Records records;
        private final Map<String, Integer> index;
        private Line next;
        private int dataRows;
        private boolean iterated;

        private Rows(Records records) throws IOException {
            this.records = records;
            try {
                Line header = records.lines().hasNext() ? records.lines().next() : null;
                if (header == null) {
                    throw new RuleViolation("file", "import.empty");
                }
                this.index = headerIndex(header.number() == 1 ? header.cells() : List.of());
                List<String> missing = REQUIRED.stream().filter(f -> !index.containsKey(f)).map(COLUMNS::get)
                        .toList();
                if (!missing.isEmpty()) {
                    throw new RuleViolation("file", "import.header.missing", String.join("、", missing));
                }
                next = advance();
                if (next == null) {
                    throw new RuleViolation("file", "import.empty");
                }
            } catch (RuntimeException e) {
                close();
                throw e;
            }
        }

        private Line advance() {
            try {
                while (records.lines().hasNext()) {
                    Line line = records.lines().next();
                    if (!line.blank()) {
                        return line;
                    }
                }
                return null;
            } catch (RuleViolation v) {
                throw v;
            } catch (RuntimeException e) {
                throw new RuleViolation("file", "import.unreadable");
            }
        }

        @Override
        public Iterator<ImportRow> iterator() {
            if (iterated) {
                throw new IllegalStateException("the rows of a file are read once");
            }
            iterated = true;
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return next != null;
                }

                @Override
                public ImportRow next() {
                    if (next == null) {
                        throw new NoSuchElementException();
                    }
                    if (++dataRows > limits.maxRows()) {
                        // the whole file is imported or nothing, never its first part
                        throw new RuleViolation("file", "import.tooMany", limits.maxRows());
                    }
                    Line line = next;
                    next = advance();
                    return row(line.number(), line.cells(), index);
                }
            };
        }

        @Override
        public void close() throws IOException {
            records.resource().close();
        }
    }

    private ImportRow row(int line, List<String> cells, Map<String, Integer> index) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        Function<String, String> cell = field -> {
            Integer i = index.get(field);
            if (i == null || i >= cells.size() || cells.get(i) == null) {
                return null;
            }
            String v = cells.get(i).strip();
            if (Text.hasForbiddenCharacters(v)) {
                // never stored, never sent to the database as a query value either: a problem of this row and field
                problems.add(new RuleViolation.Problem(field, "field.controlCharacters"));
                return null;
            }
            return v.isEmpty() ? null : v;
        };
        SectorCode sector = sector(cell.apply("sector"), problems);
        Set<Feature> features = features(cell.apply("features"), problems);
        if (sector != null && sector.feature() != null) {
            features.add(sector.feature());
        }
        EnterpriseProfile profile = new EnterpriseProfile(
                cell.apply("name"), cell.apply("address"),
                sector == null ? null : sector.sector(),
                number("employees", cell.apply("employees"), problems),
                choice(Scale.class, "scale", cell.apply("scale"), problems),
                cell.apply("legalRepresentative"), cell.apply("mainResponsiblePerson"),
                yes(cell.apply("safetyOrganization")),
                orZero(number("fullTimeSafetyStaff", cell.apply("fullTimeSafetyStaff"), problems)),
                orZero(number("partTimeSafetyStaff", cell.apply("partTimeSafetyStaff"), problems)),
                orDefault(choice(StandardizationGrade.class, "standardizationGrade",
                        cell.apply("standardizationGrade"), problems), StandardizationGrade.NONE),
                choice(RiskGrade.class, "riskGrade", cell.apply("riskGrade"), problems),
                orZero(number("majorHazardSources", cell.apply("majorHazardSources"), problems)),
                orDefault(choice(OperatingStatus.class, "status", cell.apply("status"), problems),
                        OperatingStatus.OPERATING),
                features);
        Map<String, String> texts = new HashMap<>();
        for (String field : index.keySet()) {
            String text = cell.apply(field);
            if (text != null) {
                texts.put(field, text);
            }
        }
        if (EXAMPLE_CREDIT_CODE.equalsIgnoreCase(cell.apply("creditCode"))) {
            // the example of the CSV template (and of the instructions sheet of the .xlsx one), left in by mistake
            problems.add(new RuleViolation.Problem("creditCode", "import.example"));
        }
        return new ImportRow(line, cell.apply("creditCode"), cell.apply("divisionCode"), cell.apply("township"), profile,
                problems, texts);
    }

    private static Map<String, Integer> headerIndex(List<String> header) {
        Map<String, String> byHeading = new HashMap<>();
        COLUMNS.forEach((field, heading) -> {
            byHeading.put(heading, field);
            byHeading.put(field.toLowerCase(Locale.ROOT), field);
        });
        byHeading.put("统一社会信用代码（18位）", "creditCode");
        byHeading.put("企业名称（全称）", "name");
        byHeading.put("从业人员", "employees");
        byHeading.put("风险等级", "riskGrade");
        byHeading.put("行业", "sector");
        byHeading.put("工贸特征", "features");
        byHeading.put("行政区划", "divisionCode");
        byHeading.put("乡镇/街道", "township");
        byHeading.put("乡镇街道", "township");
        byHeading.put("乡镇", "township");
        byHeading.put("所在乡镇（街道）", "township");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i) == null ? "" : header.get(i).replace("\uFEFF", "").strip();
            String field = byHeading.getOrDefault(h, byHeading.get(h.toLowerCase(Locale.ROOT)));
            if (field != null) {
                index.putIfAbsent(field, i);
            }
        }
        return index;
    }

    /**
     * The sector of a row: a sector's code or words, or a former sector that is now a feature of 工贸 (涉爆粉尘,
     * COMBUSTIBLE_DUST, …), read as 工贸 with that feature, so that files kept before the change import as they did.
     */
    private SectorCode sector(String raw, List<RuleViolation.Problem> problems) {
        if (raw == null) {
            return null;
        }
        Optional<SectorCode> found = sectorCodes.get(raw);
        if (found == null) {
            Sector sector = lookUp(Sector.class, raw);
            found = Optional.ofNullable(sector != null ? SectorCode.of(sector) : formerSector(raw));
            if (sectorCodes.size() < MAX_REMEMBERED_LABELS) {
                sectorCodes.put(raw, found);
            }
        }
        if (found.isEmpty()) {
            problems.add(new RuleViolation.Problem("sector", "import.value.unknown", raw,
                    String.join("、", labels(Sector.class))));
            return null;
        }
        return found.get();
    }

    private SectorCode formerSector(String raw) {
        for (SectorCode.Former former : SectorCode.Former.values()) {
            if (former.name().equalsIgnoreCase(raw)) {
                return former.now();
            }
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                for (String key : List.of("sector." + former.name(), "feature." + former.now().feature().name())) {
                    String label = messages.getMessage(key, null, "", locale);
                    if (!label.isEmpty() && raw.equalsIgnoreCase(label)) {
                        return former.now();
                    }
                }
            }
        }
        return null;
    }

    /** The features of a row: codes or words, separated by 、 , ， ; ； / or blanks; each unknown one is a problem. */
    private Set<Feature> features(String raw, List<RuleViolation.Problem> problems) {
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        if (raw == null) {
            return features;
        }
        for (String part : FEATURE_SEPARATORS.split(raw)) {
            if (!part.isEmpty()) {
                Feature f = choice(Feature.class, "features", part, problems);
                if (f != null) {
                    features.add(f);
                }
            }
        }
        return features;
    }

    private <E extends Enum<E>> E choice(Class<E> type, String field, String raw, List<RuleViolation.Problem> problems) {
        if (raw == null) {
            return null;
        }
        // a file repeats a handful of labels hundreds of thousands of times: each is looked up in the messages once
        Map<String, Optional<Enum<?>>> known = choices.computeIfAbsent(type, t -> new ConcurrentHashMap<>());
        Optional<Enum<?>> found = known.get(raw);
        if (found == null) {
            found = Optional.ofNullable(lookUp(type, raw));
            if (known.size() < MAX_REMEMBERED_LABELS) {
                known.put(raw, found);
            }
        }
        if (found.isEmpty()) {
            problems.add(new RuleViolation.Problem(field, "import.value.unknown", raw, String.join("、", labels(type))));
            return null;
        }
        return type.cast(found.get());
    }

    /** The Chinese labels of a coded column's values, in order: what the template's drop-down list offers. */
    <E extends Enum<E>> List<String> labels(Class<E> type) {
        String prefix = prefix(type);
        return java.util.Arrays.stream(type.getEnumConstants())
                .map(v -> messages.getMessage(prefix + "." + v.name(), null, v.name(), Locale.SIMPLIFIED_CHINESE))
                .toList();
    }

    private static String prefix(Class<?> type) {
        String key = type.getSimpleName().substring(0, 1).toLowerCase(Locale.ROOT) + type.getSimpleName().substring(1);
        return switch (key) {
            case "operatingStatus" -> "status";
            default -> key;
        };
    }

    private <E extends Enum<E>> E lookUp(Class<E> type, String raw) {
        String prefix = prefix(type);
        for (E value : type.getEnumConstants()) {
            if (value.name().equalsIgnoreCase(raw)) {
                return value;
            }
            for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
                String label = messages.getMessage(prefix + "." + value.name(), null, "", locale);
                String shortLabel = messages.getMessage(prefix + ".short." + value.name(), null, "", locale);
                if (raw.equalsIgnoreCase(label)
                        || (!shortLabel.isEmpty() && (raw.equalsIgnoreCase(shortLabel) || raw.equals(shortLabel + "色")))
                        || (locale != Locale.ENGLISH && !label.isEmpty() && label.startsWith(raw) && raw.length() >= 2)) {
                    return value;
                }
            }
        }
        return null;
    }

    private static Integer number(String field, String raw, List<RuleViolation.Problem> problems) {
        if (raw == null) {
            return null;
        }
        String v = raw.replace(",", "");
        if (v.endsWith(".0")) {
            v = v.substring(0, v.length() - 2);
        }
        try {
            return Integer.valueOf(v);
        } catch (NumberFormatException e) {
            problems.add(new RuleViolation.Problem(field, "import.value.number", raw));
            return null;
        }
    }

    private static boolean yes(String raw) {
        return raw != null && List.of("是", "有", "已设置", "y", "yes", "true", "1").contains(raw.toLowerCase(Locale.ROOT));
    }

    private static Integer orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static <T> T orDefault(T v, T fallback) {
        return v == null ? fallback : v;
    }

    /** Streams the first sheet row by row, so that a large or highly compressed workbook never fills the memory. */
    private static Records xlsxRecords(InputStream in) {
        Workbook wb = StreamingReader.builder().rowCacheSize(200).bufferSize(8192).open(in);
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Iterator<Row> rows = wb.getSheetAt(0).iterator();
        Iterator<Line> lines = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Line next() {
                Row row = rows.next();
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int c = 0; c < Math.max(last, 0); c++) {
                    Cell cell = row.getCell(c);
                    if (cell == null) {
                        cells.add(null);
                    } else if (cell.getCellType() == CellType.NUMERIC) {
                        double d = cell.getNumericCellValue();
                        cells.add(d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d));
                    } else {
                        cells.add(formatter.formatCellValue(cell));
                    }
                }
                return new Line(row.getRowNum() + 1, cells);
            }
        };
        return new Records(lines, wb);
    }

    private static Records csvRecords(InputStreamSource source) throws IOException {
        Reader reader = new java.io.BufferedReader(CsvEncoding.reader(source.getInputStream()), 64 * 1024);
        // blank lines are records too, so that a record's number is the row Excel shows it on (the rows read skip them)
        CSVParser parser = CSVParser.parse(reader, CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get());
        Iterator<CSVRecord> records = parser.iterator();
        Iterator<Line> lines = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Line next() {
                CSVRecord r = records.next();
                List<String> cells = new ArrayList<>(r.size());
                r.forEach(cells::add);
                return new Line(Math.toIntExact(r.getRecordNumber()), cells);
            }
        };
        return new Records(lines, parser);
    }


    /**
     * The .xlsx import template. The first sheet, the one imported, holds only the headings: its coded columns offer a
     * drop-down list of their values (kept on a hidden sheet), the yes/no column 是/否. A second sheet explains each
     * column, whether it is required, the values allowed, and shows the example row, which is therefore never
     * imported with the data.
     */
    byte[] xlsxTemplate() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("企业");
            Sheet help = wb.createSheet(text("import.template.sheet.help"));
            Sheet values = wb.createSheet(VALUES_SHEET);
            org.apache.poi.ss.usermodel.CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);

            Row header = sheet.createRow(0);
            sheet.createFreezePane(0, 1);
            org.apache.poi.ss.usermodel.DataValidationHelper validations = sheet.getDataValidationHelper();
            int c = 0;
            int valueColumn = 0;
            for (Map.Entry<String, String> col : COLUMNS.entrySet()) {
                org.apache.poi.ss.usermodel.Cell h = header.createCell(c);
                h.setCellValue(col.getValue());
                h.setCellStyle(bold);
                sheet.setColumnWidth(c, 20 * 256);
                List<String> allowed = allowed(col.getKey());
                if (!allowed.isEmpty()) {
                    char letter = (char) ('A' + valueColumn);
                    for (int i = 0; i < allowed.size(); i++) {
                        Row r = values.getRow(i) == null ? values.createRow(i) : values.getRow(i);
                        r.createCell(valueColumn).setCellValue(allowed.get(i));
                    }
                    var constraint = validations.createFormulaListConstraint(
                            "'" + VALUES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + allowed.size());
                    var validation = validations.createValidation(constraint,
                            new org.apache.poi.ss.util.CellRangeAddressList(1, limits.maxRows(), c, c));
                    validation.setShowErrorBox(true);
                    validation.setErrorStyle(org.apache.poi.ss.usermodel.DataValidation.ErrorStyle.STOP);
                    validation.createErrorBox(col.getValue(), text("import.template.pick", String.join("、", allowed)));
                    // XSSF shows the arrow when this is true
                    validation.setSuppressDropDownArrow(true);
                    sheet.addValidationData(validation);
                    valueColumn++;
                }
                c++;
            }
            wb.setSheetHidden(wb.getSheetIndex(values), true);

            int r = 0;
            help.createRow(r++).createCell(0).setCellValue(text("import.template.help.title"));
            help.getRow(0).getCell(0).setCellStyle(bold);
            for (String line : text("import.template.help.lines").split("\\|")) {
                help.createRow(r++).createCell(0).setCellValue(line.strip());
            }
            r++;
            Row heads = help.createRow(r++);
            String[] columns = {"import.template.help.column", "import.template.help.required",
                    "import.template.help.allowed", "import.template.help.example"};
            for (int i = 0; i < columns.length; i++) {
                heads.createCell(i).setCellValue(text(columns[i]));
                heads.getCell(i).setCellStyle(bold);
            }
            for (Map.Entry<String, String> col : COLUMNS.entrySet()) {
                Row row = help.createRow(r++);
                row.createCell(0).setCellValue(col.getValue());
                row.createCell(1).setCellValue(text(REQUIRED.contains(col.getKey()) ? "yes" : "no"));
                List<String> allowed = allowed(col.getKey());
                row.createCell(2).setCellValue(allowed.isEmpty() ? text("import.template.help." + col.getKey())
                        : String.join("、", allowed));
                row.createCell(3).setCellValue(exampleValue(col.getKey()));
            }
            help.setColumnWidth(0, 28 * 256);
            help.setColumnWidth(1, 10 * 256);
            help.setColumnWidth(2, 70 * 256);
            help.setColumnWidth(3, 30 * 256);
            wb.setActiveSheet(0);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The hidden sheet of the template that holds the drop-down lists. */
    static final String VALUES_SHEET = "取值";

    /** The values a column's drop-down list offers; empty for a free column. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    List<String> allowed(String field) {
        if (field.equals("safetyOrganization")) {
            return List.of("是", "否");
        }
        Class type = CODED.get(field);
        return type == null ? List.of() : labels(type);
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }

    byte[] csvTemplate() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS.values());
            printer.printRecord(COLUMNS.keySet().stream().map(EnterpriseSheet::exampleValue).toList());
        }
        return out.toByteArray();
    }

    private static String exampleValue(String field) {
        return switch (field) {
            case "creditCode" -> EXAMPLE_CREDIT_CODE;
            case "name" -> "正定县示例化工有限公司";
            case "divisionCode" -> "130123";
            case "township" -> "新城铺镇";
            case "address" -> "河北省石家庄市正定县示例路1号";
            case "sector" -> "危险化学品";
            case "employees" -> "120";
            case "riskGrade" -> "橙";
            case "scale" -> "小型";
            case "legalRepresentative", "mainResponsiblePerson" -> "张三";
            case "safetyOrganization" -> "是";
            case "fullTimeSafetyStaff" -> "2";
            case "partTimeSafetyStaff" -> "1";
            case "standardizationGrade" -> "三级";
            case "majorHazardSources" -> "1";
            case "status" -> "正常生产";
            default -> "";
        };
    }

}
