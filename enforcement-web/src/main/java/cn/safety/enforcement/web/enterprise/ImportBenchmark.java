package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.ImportReport;
import cn.safety.enforcement.domain.enterprise.ImportingEnterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.FileSystemResource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Measures the bulk import through the same reader and use case the import page uses: rows per second for a file of
 * 20,000 and one of {@code enforcement.benchmark.import-rows} rows (正定县, zd-inspector), and how long single
 * registrations take meanwhile in another province (滨海新区, bh-inspector) and in the same province (石家庄市's inspector, an enterprise in 长安区), against
 * the same registrations with no import running. Run it on a demo database:
 * {@code --enforcement.benchmark.import-rows=200000}.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "enforcement.benchmark.import-rows")
class ImportBenchmark implements ApplicationRunner {

    private final ImportingEnterprises importing;
    private final RegisteringEnterprise enterprises;
    private final EnterpriseSheet sheet;
    private final MessageSource messages;
    private final UserDetailsService users;
    private final int largeRows;

    ImportBenchmark(ImportingEnterprises importing, RegisteringEnterprise enterprises, EnterpriseSheet sheet,
                    MessageSource messages, UserDetailsService users,
                    cn.safety.enforcement.web.bootstrap.ToolProperties settings) {
        this.importing = importing;
        this.enterprises = enterprises;
        this.sheet = sheet;
        this.messages = messages;
        this.users = users;
        this.largeRows = settings.benchmark().importRows();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        Actor importer = actor("zd-inspector");
        Actor tianjin = actor("bh-inspector");
        Actor hebeiCity = actor("sjz-inspector");
        java.util.Random random = new java.util.Random();
        System.out.printf("%-58s %12s%n", "scenario", "figure");
        latencies("(warm-up)", tianjin, "120116", random.nextInt(10_000), 50, null);
        latencies("register in 滨海新区, no import running", tianjin, "120116", random.nextInt(10_000), 100, null);
        for (int rows : List.of(20_000, largeRows)) {
            Path file = csv(rows, random.nextInt(1_000));
            try {
                AtomicBoolean importing = new AtomicBoolean(true);
                ExecutorService pool = Executors.newSingleThreadExecutor();
                long started = System.nanoTime();
                Future<ImportReport> done = pool.submit(() -> {
                    try {
                        return importOnce(importer, file);
                    } finally {
                        importing.set(false);
                    }
                });
                Thread.sleep(200);
                latencies("register in 滨海新区 during a " + rows + "-row import", tianjin, "120116",
                        random.nextInt(10_000), Integer.MAX_VALUE, importing);
                ImportReport report = done.get();
                double seconds = (System.nanoTime() - started) / 1e9;
                pool.shutdown();
                System.out.printf("%-58s %12s%n", "import of " + rows + " rows (" + report.imported() + " imported)",
                        String.format(Locale.ROOT, "%.1f s, %.0f rows/s", seconds, report.imported() / seconds));
            } finally {
                Files.deleteIfExists(file);
            }
        }
        // within the province the chain is one line: a writer waits at most for the import's last step and commit
        Path file = csv(20_000, random.nextInt(1_000));
        try {
            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService pool = Executors.newSingleThreadExecutor();
            Future<ImportReport> done = pool.submit(() -> {
                try {
                    return importOnce(importer, file);
                } finally {
                    running.set(false);
                }
            });
            Thread.sleep(200);
            latencies("register in 长安区 (河北) during a 20000-row import", hebeiCity, "130102", random.nextInt(10_000),
                    Integer.MAX_VALUE, running);
            done.get();
            pool.shutdown();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private ImportReport importOnce(Actor importer, Path file) throws IOException {
        try (EnterpriseSheet.Rows rows = sheet.open(file.getFileName().toString(), new FileSystemResource(file));
             CsvRejectionLog log = new CsvRejectionLog(messages, Locale.SIMPLIFIED_CHINESE, EnterpriseSheet.COLUMNS)) {
            return importing.importAll(importer, rows, log);
        }
    }

    /** Registers one enterprise after the other and prints p50, p95 and max of the time each took. */
    private void latencies(String scenario, Actor actor, String division, long series, int max, AtomicBoolean whilst) {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < max && (whilst == null || whilst.get()); i++) {
            String first17 = "91" + division + String.format("%04d%05d", series, i);
            long t = System.nanoTime();
            enterprises.register(actor, first17 + CreditCode.checkCharacter(first17), division,
                    EnterpriseProfile.basic("基准测试企业" + series + "-" + i, "基准测试路" + i + "号", Sector.OTHER, 10,
                            RiskGrade.BLUE));
            times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        if (times.isEmpty()) {
            System.out.printf("%-58s %12s%n", scenario, "no write");
            return;
        }
        System.out.printf("%-58s %12s%n", scenario, String.format(Locale.ROOT, "n=%d p50 %.1f ms, p95 %.1f ms, max %.1f ms",
                times.size(), times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1),
                times.get(times.size() - 1)));
    }

    /** A CSV of {@code rows} valid enterprises located in 正定县, as a department would fill the template. */
    private static Path csv(int rows, long series) throws IOException {
        Path file = Files.createTempFile("import-benchmark-", ".csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(String.join(",", EnterpriseSheet.COLUMNS.values()));
            w.write('\n');
            String[] sectors = {"危险化学品", "工贸", "建筑施工", "交通运输", "矿山"};
            String[] risks = {"红", "橙", "黄", "蓝"};
            for (int i = 0; i < rows; i++) {
                String first17 = "91130123" + String.format("%03d%06d", series % 1000, i);
                w.write(String.join(",", first17 + CreditCode.checkCharacter(first17), "正定县批量导入" + series + "号" + i
                                + "有限公司", "130123", "河北省石家庄市正定县导入路" + i + "号", sectors[i % sectors.length],
                        String.valueOf(10 + i % 500), risks[i % risks.length], "小型", "张三", "李四", "是", "1", "0",
                        "三级", "0", "正常生产"));
                w.write('\n');
            }
        }
        return file;
    }

    private Actor actor(String username) {
        return ((EnforcementUser) users.loadUserByUsername(username)).actor();
    }
}
