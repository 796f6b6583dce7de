package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.Townships;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bulk import into the actor's own department, all or nothing (R2). The rows are streamed: each chunk is checked and
 * its good rows are written at once, inside one transaction; the rows of the file are never all in memory, and neither
 * are its rejections, which go to a {@link RejectionLog}. When any row was rejected the transaction is rolled back and
 * the whole report is kept for the importer to download; otherwise every enterprise gets its initial assignment,
 * written set-based at the very end, and the import leaves one entry in the record ({@link EnterprisesImported}).
 */
@Service
public class ImportingEnterprises {

    /** Rows checked and written together: one existence query and one COPY per chunk. */
    static final int CHUNK = 1_000;

    private final EnterpriseImports imports;
    private final ImportErrorReports reports;
    private final Departments departments;
    private final Divisions divisions;
    private final Townships townships;
    private final TransactionOperations transactions;
    private final ImportLimits limits;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public ImportingEnterprises(EnterpriseImports imports, ImportErrorReports reports, Departments departments,
                                Divisions divisions, Townships townships, TransactionOperations transactions,
                                ImportLimits limits, Clock clock, ApplicationEventPublisher events) {
        this.townships = townships;
        this.events = events;
        this.imports = imports;
        this.reports = reports;
        this.departments = departments;
        this.divisions = divisions;
        this.transactions = transactions;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Checks every row and registers them all when none is rejected. Every rejected row is written to {@code log};
     * the report lists the first {@link ImportLimits#shownRejections()} of them and names the kept log.
     */
    public ImportReport importAll(Actor actor, Iterable<ImportRow> rows, RejectionLog log) {
        cn.safety.enforcement.domain.jurisdiction.Rights.requireImports(actor);
        ImportReport report = transactions.execute(status -> {
            Run run = new Run(actor, log);
            List<ImportRow> chunk = new ArrayList<>(CHUNK);
            for (ImportRow row : rows) {
                chunk.add(row);
                if (chunk.size() == CHUNK) {
                    run.check(chunk);
                    chunk.clear();
                }
            }
            run.check(chunk);
            if (run.rejectedRows > 0) {
                status.setRollbackOnly();
                return new ImportReport(run.rows, 0, run.rejectedRows, run.shown, null, run.firstLine, run.lastLine);
            }
            EnterpriseImports.Added added = run.batch.complete(actor.username(), run.now);
            if (added.count() > 0) {
                events.publishEvent(new EnterprisesImported(actor.departmentId(), added.count(), added.firstId(),
                        added.lastId()));
            }
            return new ImportReport(run.rows, Math.toIntExact(added.count()), 0, List.of(), null, run.firstLine,
                    run.lastLine);
        });
        if (report == null || report.accepted()) {
            return report;
        }
        Instant now = clock.instant();
        try (InputStream content = log.contents()) {
            return report.withReport(reports.keep(actor.username(), content, log.length(), now,
                    now.minus(limits.reportKeptFor())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hands the importer's kept report to {@code reader}; anyone else's, or a forgotten one, does not exist. */
    public void readReport(Actor actor, String id, ImportErrorReports.Reader reader) {
        if (id == null || !reports.read(id, actor.username(), clock.instant().minus(limits.reportKeptFor()), reader)) {
            throw new NotFound("ImportReport", id == null ? "" : id);
        }
    }

    /** The state of one import: the department, the batch, the divisions seen so far and the counts. */
    private final class Run {

        private final Actor actor;
        private final RejectionLog log;
        private final Department own;
        private final Instant now;
        private final EnterpriseImports.Batch batch;
        private final Map<String, Division> divisionsByCode = new HashMap<>();
        private final Map<String, Boolean> enterpriseLocation = new HashMap<>();
        /** The townships of the counties seen so far, by county code and then by name. */
        private final Map<String, Map<String, Township>> townshipsByCounty = new HashMap<>();
        private final List<ImportReport.RejectedRow> shown = new ArrayList<>();
        private int rows;
        private int rejectedRows;
        private int firstLine;
        private int lastLine;

        Run(Actor actor, RejectionLog log) {
            this.actor = actor;
            this.log = log;
            this.own = departments.findById(actor.departmentId())
                    .orElseThrow(() -> new IllegalStateException("user without department: " + actor.username()));
            this.now = clock.instant();
            this.batch = imports.begin();
        }

        void check(List<ImportRow> chunk) {
            if (chunk.isEmpty()) {
                return;
            }
            rows += chunk.size();
            for (ImportRow row : chunk) {
                firstLine = firstLine == 0 ? row.line() : Math.min(firstLine, row.line());
                lastLine = Math.max(lastLine, row.line());
            }
            loadDivisions(chunk);
            loadTownships(chunk);
            Set<String> codes = new HashSet<>();
            for (ImportRow row : chunk) {
                String code = CreditCode.normalize(row.creditCode());
                if (CreditCode.problemWith(code) == null) {
                    codes.add(code);
                }
            }
            Map<String, Boolean> registered = batch.registered(codes);
            Set<String> seen = new HashSet<>();
            List<Enterprise> accepted = new ArrayList<>();
            for (ImportRow row : chunk) {
                List<RuleViolation.Problem> problems = new ArrayList<>(row.readProblems());
                String code = CreditCode.normalize(row.creditCode());
                String codeProblem = CreditCode.problemWith(code);
                if (codeProblem != null) {
                    problems.add(new RuleViolation.Problem("creditCode", codeProblem));
                } else if (registered.containsKey(code)) {
                    problems.add(new RuleViolation.Problem("creditCode",
                            registered.get(code) ? "creditCode.duplicateInFile" : "creditCode.duplicate"));
                } else if (!seen.add(code)) {
                    problems.add(new RuleViolation.Problem("creditCode", "creditCode.duplicateInFile"));
                }
                Division division = row.divisionCode() == null ? null : divisionsByCode.get(row.divisionCode().strip());
                problems.addAll(Enterprise.problemsWith(row.profile(), division, own));
                if (division != null && problems.stream().noneMatch(p -> "divisionCode".equals(p.field()))
                        && !isEnterpriseLocation(division)) {
                    problems.add(new RuleViolation.Problem("divisionCode", "enterprise.division.notCounty"));
                }
                Township township = null;
                if (row.township() != null && division != null) {
                    Map<String, Township> ofCounty = townshipsByCounty.getOrDefault(division.getCode(), Map.of());
                    township = ofCounty.get(row.township());
                    if (township == null) {
                        problems.add(ofCounty.isEmpty()
                                ? new RuleViolation.Problem("township", "import.township.noneInCounty",
                                        row.township(), division.getName())
                                : new RuleViolation.Problem("township", "import.township.unknown", row.township(),
                                        division.getName(), String.join("、", ofCounty.keySet())));
                    }
                }
                if (problems.isEmpty()) {
                    accepted.add(Enterprise.register(new CreditCode(code), row.profile(), division, township, own,
                            actor.username(), now));
                } else {
                    reject(row, dedupe(row.readProblems(), problems));
                }
            }
            // written even once a row was rejected: a later second occurrence of a code is then still found
            batch.add(accepted);
        }

        private void reject(ImportRow row, List<RuleViolation.Problem> problems) {
            Map<String, String> values = new LinkedHashMap<>();
            for (RuleViolation.Problem p : problems) {
                if (p.field() != null && row.cells().get(p.field()) != null) {
                    values.put(p.field(), row.cells().get(p.field()));
                }
            }
            ImportReport.RejectedRow rejected = new ImportReport.RejectedRow(row.line(), row.creditCode(), problems,
                    values);
            rejectedRows++;
            if (shown.size() < limits.shownRejections()) {
                shown.add(rejected);
            }
            log.add(rejected);
        }

        private void loadDivisions(List<ImportRow> chunk) {
            Set<String> wanted = new HashSet<>();
            for (ImportRow row : chunk) {
                if (row.divisionCode() != null && !divisionsByCode.containsKey(row.divisionCode().strip())) {
                    wanted.add(row.divisionCode().strip());
                }
            }
            if (!wanted.isEmpty()) {
                divisions.findAllByCodeIn(wanted).forEach(d -> divisionsByCode.put(d.getCode(), d));
            }
        }

        /** The townships of the counties the chunk's rows name townships in, once per county. */
        private void loadTownships(List<ImportRow> chunk) {
            Set<String> wanted = new HashSet<>();
            for (ImportRow row : chunk) {
                Division d = row.divisionCode() == null ? null : divisionsByCode.get(row.divisionCode().strip());
                if (row.township() != null && d != null && !townshipsByCounty.containsKey(d.getCode())) {
                    wanted.add(d.getCode());
                }
            }
            if (wanted.isEmpty()) {
                return;
            }
            wanted.forEach(code -> townshipsByCounty.put(code, new java.util.TreeMap<>()));
            townships.findByCounties(wanted).forEach(t -> townshipsByCounty.get(t.getDivisionCode()).put(t.getName(), t));
        }

        private boolean isEnterpriseLocation(Division division) {
            return enterpriseLocation.computeIfAbsent(division.getCode(),
                    code -> EnterpriseLocation.allows(division, divisions));
        }
    }

    /** One message per field: what the reader could not understand wins over the "required" that follows from it. */
    private static List<RuleViolation.Problem> dedupe(List<RuleViolation.Problem> readProblems,
                                                      List<RuleViolation.Problem> problems) {
        Set<String> unreadable = new HashSet<>();
        readProblems.forEach(p -> unreadable.add(p.field()));
        List<RuleViolation.Problem> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (RuleViolation.Problem p : problems) {
            boolean followsFromUnreadable = unreadable.contains(p.field()) && !readProblems.contains(p);
            if (!followsFromUnreadable && keys.add(p.field() + "|" + p.messageCode())) {
                out.add(p);
            }
        }
        return out;
    }
}
