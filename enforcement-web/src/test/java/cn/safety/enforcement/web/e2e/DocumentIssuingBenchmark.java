package cn.safety.enforcement.web.e2e;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentRenderer;
import cn.safety.enforcement.domain.document.DocumentRequest;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.document.Letterhead;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import cn.safety.enforcement.web.document.SampleDocuments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import static cn.safety.enforcement.web.e2e.Demo.SHIJIAZHUANG;
import static cn.safety.enforcement.web.e2e.Demo.ZHENGDING;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a timed test (docs/benchmark.md): 100 现场检查记录 (two pages, a 6-item table, two signature images
 * and a refusal) issued concurrently by 16 threads in one department, three rounds after a warm-up, against the real
 * database; every round is checked for gaps and duplicates. Also times the renderer alone on one thread, and its two
 * parts: the layout done before the number is taken, and the numbering and writing of the file done while the counter
 * row is held (the floor of the time it is held). Runs only when named: {@code ./mvnw -pl enforcement-web -am verify -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=DocumentIssuingBenchmark -Dfailsafe.failIfNoSpecifiedTests=false}
 * or {@code scripts/document-benchmark.sh}.
 */
class DocumentIssuingBenchmark extends EndToEndIT {

    private static final int DOCUMENTS = 100;
    private static final int THREADS = 16;
    private static final Location ZHENGDING_LOCATION = new Location(ZHENGDING, SHIJIAZHUANG, Demo.HEBEI);

    @Autowired
    private IssuingDocuments issuing;
    @Autowired
    private DocumentRenderer renderer;
    @Autowired
    private DepartmentService departments;
    @Autowired
    private Enterprises enterprises;

    private record Subject(long assignedDepartmentId, Location location) implements UnderJurisdiction {
    }

    @Test
    void issuing_100_documents_concurrently_in_one_department() throws Exception {
        Department d = departments.establishAsSystem("正定县文书基准测试队" + Long.toString(System.nanoTime(), 36),
                ZHENGDING);
        Actor inspector = new Actor(0, "bench-inspector", d.getId(), DivisionLevel.COUNTY, ZHENGDING_LOCATION,
                Set.of(Role.INSPECTOR));
        Enterprise e = enterprises.findById(demo().enterpriseIdOf("admin", ZHENGDING)).orElseThrow();
        DocumentContent content = SampleDocuments.inspectionRecord(6);
        DocumentRequest request = DocumentRequest.of(DocumentType.INSPECTION_RECORD,
                new Subject(d.getId(), ZHENGDING_LOCATION), "ENTERPRISE", e.getId(), Party.of(e), content);

        Letterhead head = new Letterhead(d.getName(), "检记〔2026〕1号", "2026年3月5日", null);
        for (int i = 0; i < 20; i++) {
            renderer.render(head, content);
        }
        long start = System.nanoTime();
        int size = 0;
        for (int i = 0; i < 50; i++) {
            size = renderer.render(head, content).length;
        }
        double renderMs = (System.nanoTime() - start) / 1e6 / 50;
        System.out.printf("DOCUMENT-BENCHMARK render alone: %.1f ms per document (%d bytes), %.1f documents/s%n",
                renderMs, size, 1000 / renderMs);
        long laidOut = 0;
        long numbered = 0;
        for (int i = 0; i < 50; i++) {
            long t0 = System.nanoTime();
            try (DocumentRenderer.Prepared prepared = renderer.prepare(head, content)) {
                long t1 = System.nanoTime();
                prepared.numbered(head.number());
                numbered += System.nanoTime() - t1;
                laidOut += t1 - t0;
            }
        }
        System.out.printf("DOCUMENT-BENCHMARK of which laid out before the number is taken: %.1f ms; numbered and"
                + " written while the counter is held: %.1f ms%n", laidOut / 1e6 / 50, numbered / 1e6 / 50);

        for (int i = 0; i < 20; i++) {
            issuing.issue(inspector, request);
        }
        int issued = 20;
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 1; round <= 3; round++) {
                List<Future<long[]>> futures = new ArrayList<>();
                long roundStart = System.nanoTime();
                for (int i = 0; i < DOCUMENTS; i++) {
                    futures.add(pool.submit(() -> {
                        long t = System.nanoTime();
                        IssuedDocument doc = issuing.issue(inspector, request);
                        return new long[] {doc.getSerial(), System.nanoTime() - t};
                    }));
                }
                List<Integer> serials = new ArrayList<>();
                long[] latencies = new long[DOCUMENTS];
                for (int i = 0; i < DOCUMENTS; i++) {
                    long[] r = futures.get(i).get();
                    serials.add((int) r[0]);
                    latencies[i] = r[1];
                }
                double seconds = (System.nanoTime() - roundStart) / 1e9;
                int from = issued + 1;
                assertThat(serials).containsExactlyInAnyOrderElementsOf(
                        IntStream.range(from, from + DOCUMENTS).boxed().toList());
                issued += DOCUMENTS;
                Arrays.sort(latencies);
                System.out.printf("DOCUMENT-BENCHMARK round %d: %d documents by %d threads in %.2f s = %.1f"
                                + " documents/s; latency p50 %d ms, p95 %d ms, max %d ms; serials %d..%d, no gap,"
                                + " no duplicate%n", round, DOCUMENTS, THREADS, seconds, DOCUMENTS / seconds,
                        latencies[DOCUMENTS / 2] / 1_000_000, latencies[DOCUMENTS * 95 / 100] / 1_000_000,
                        latencies[DOCUMENTS - 1] / 1_000_000, from, from + DOCUMENTS - 1);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc().sql("SELECT count(DISTINCT serial) FROM issued_document WHERE department_id = ?")
                .param(d.getId()).query(Long.class).single()).isEqualTo(issued);
    }
}
