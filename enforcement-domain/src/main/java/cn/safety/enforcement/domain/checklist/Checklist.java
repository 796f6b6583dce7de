package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One version of a 执法检查重点事项清单 (002§(三)): national data, the same for every department, applying to the
 * enterprises of its sectors (and, when it names one, only to those with its feature) on the days of its effective
 * dates.
 * <p>Lifecycle: a list is {@link #draft drafted} (version 1), or a new version is {@link #draftNextVersion drafted} from
 * the latest one with a copy of its items; a draft's heading and items are {@link #revise revised} and {@link
 * #reviseItems edited} freely; it is {@link #putInForce put in force} from a date, on which the version before it
 * stops applying (its effective dates end there, it stays readable, and the inspections that used it keep referring to
 * its items). A version in force never changes again; the list may be {@link #retire retired} from a date with no
 * successor.
 */
@Entity
@Table(name = "checklist")
public class Checklist {

    public static final int MAX_ITEMS = 500;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,63}");
    private static final Pattern INDUSTRY = Pattern.compile("[A-Z][A-Z_]{0,31}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_seq")
    @SequenceGenerator(name = "checklist_seq", sequenceName = "checklist_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 64, updatable = false)
    private String code;

    /** The list's version number (第几版), not the optimistic lock. */
    @Column(name = "version", nullable = false, updatable = false)
    private int number;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "source_document", nullable = false, length = 200)
    private String sourceDocument;

    @Convert(converter = SectorsColumn.class)
    @Column(nullable = false, columnDefinition = "varchar(32)[]")
    private Set<Sector> sectors = Set.of();

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Feature feature;

    @Column(length = 32)
    private String industry;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_until")
    private LocalDate effectiveUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ChecklistStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100, updatable = false)
    private String createdBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    @OneToMany(mappedBy = "checklist", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    protected Checklist() {
    }

    /**
     * A new list, version 1, as a draft, with the items known so far (none is fine: they are typed or imported next).
     * Until it is put in force its effective date is only provisional ({@code today}).
     */
    public static Checklist draft(ChecklistHeading heading, List<ChecklistItemDraft> items, String by, Instant now,
                                  LocalDate today) {
        List<RuleViolation.Problem> problems = new ArrayList<>(problemsOf(heading, true));
        if (!items.isEmpty()) {
            problems.addAll(problemsOf(items));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Checklist c = new Checklist();
        c.code = heading.code().strip();
        c.number = 1;
        c.take(heading);
        c.status = ChecklistStatus.DRAFT;
        c.effectiveFrom = today;
        c.createdAt = now;
        c.createdBy = by;
        c.replaceItems(items);
        return c;
    }

    /**
     * 修订: the next version of this list as a draft, holding a copy of this version's heading and items; this version
     * applies unchanged until the new one is put in force.
     */
    public Checklist draftNextVersion(String by, Instant now, LocalDate today) {
        if (status == ChecklistStatus.DRAFT) {
            throw refused("draftNext");
        }
        Checklist c = new Checklist();
        c.code = code;
        c.number = number + 1;
        c.title = title;
        c.sourceDocument = sourceDocument;
        c.sectors = sectors;
        c.feature = feature;
        c.industry = industry;
        c.status = ChecklistStatus.DRAFT;
        c.effectiveFrom = today;
        c.createdAt = now;
        c.createdBy = by;
        c.replaceItems(items.stream().map(ChecklistItem::toDraft).toList());
        return c;
    }

    /** A draft's title, document number, sectors, feature and industry change; its code stays. */
    public ChecklistRevised revise(ChecklistHeading heading, Long departmentId) {
        requireEditable("revise");
        List<RuleViolation.Problem> problems = problemsOf(heading, false);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        ChecklistSnapshot before = snapshot();
        take(heading);
        return new ChecklistRevised(before, snapshot(), departmentId);
    }

    /**
     * A draft's items become {@code drafts}, in their order (typed on the page or read from a sheet, named by
     * {@code fileName}). Either every item is valid and all are taken, or nothing changes.
     */
    public ChecklistItemsRevised reviseItems(List<ChecklistItemDraft> drafts, String fileName, Long departmentId) {
        requireEditable("editItems");
        List<RuleViolation.Problem> problems = problemsOf(drafts);
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        ChecklistSnapshot before = snapshot();
        replaceItems(drafts);
        return new ChecklistItemsRevised(before, snapshot(), departmentId, fileName);
    }

    /**
     * 施行: from {@code from} this version applies; {@code previous}, the version in force before it (if any), applies
     * only to the days before {@code from} and stays readable. The date must come after the day the previous version
     * took effect, so that each day has one version.
     */
    public ChecklistPutInForce putInForce(LocalDate from, Optional<Checklist> previous, Long departmentId) {
        requireCanMoveTo(ChecklistStatus.IN_FORCE, "putInForce");
        if (from == null) {
            throw new RuleViolation("effectiveFrom", "checklist.effectiveFrom.required");
        }
        if (items.isEmpty()) {
            throw new RuleViolation("items", "checklist.items.required");
        }
        if (previous.isPresent()) {
            Checklist p = previous.get();
            if (!p.code.equals(code) || p.number >= number || p.status == ChecklistStatus.DRAFT) {
                throw new IllegalArgumentException("not the version before " + code + " v" + number);
            }
            if (!from.isAfter(p.effectiveFrom)) {
                throw new RuleViolation("effectiveFrom", "checklist.effectiveFrom.afterPrevious",
                        p.effectiveFrom.toString());
            }
            if (p.effectiveUntil == null || p.effectiveUntil.isAfter(from)) {
                p.effectiveUntil = from;
            }
        }
        ChecklistSnapshot before = snapshot();
        status = ChecklistStatus.IN_FORCE;
        effectiveFrom = from;
        effectiveUntil = null;
        return new ChecklistPutInForce(before, snapshot(), departmentId, previous.map(Checklist::getId).orElse(null));
    }

    /** 废止: the list is repealed from {@code from} with no successor; it stays readable for the days before. */
    public ChecklistRetired retire(LocalDate from, String reason, Long departmentId) {
        requireCanMoveTo(ChecklistStatus.RETIRED, "retire");
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (from == null) {
            problems.add(new RuleViolation.Problem("effectiveUntil", "checklist.effectiveUntil.required"));
        } else if (!from.isAfter(effectiveFrom) || effectiveUntil != null && from.isAfter(effectiveUntil)) {
            problems.add(new RuleViolation.Problem("effectiveUntil", "checklist.effectiveUntil.outside",
                    effectiveFrom.toString()));
        }
        String clean = Text.required(problems, "reason", reason, 500, "checklist.reason.required");
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        ChecklistSnapshot before = snapshot();
        status = ChecklistStatus.RETIRED;
        effectiveUntil = from;
        return new ChecklistRetired(before, snapshot(), departmentId, clean);
    }

    /** Whether this version applies on {@code day}: put in force (or retired later) and the day within its dates. */
    public boolean appliesOn(LocalDate day) {
        return status != ChecklistStatus.DRAFT && !day.isBefore(effectiveFrom)
                && (effectiveUntil == null || day.isBefore(effectiveUntil));
    }

    /** Chosen for an inspection without the inspector asking: not a sub-industry list. */
    public boolean automatic() {
        return industry == null;
    }

    /** Whether it applies to an enterprise of {@code sector} with {@code features}. */
    public boolean appliesTo(Sector sector, Set<Feature> features) {
        return sectors.contains(sector) && (feature == null || features.contains(feature));
    }

    public void requireEditable(String step) {
        if (!status.editable()) {
            throw refused(step);
        }
    }

    private void take(ChecklistHeading heading) {
        this.title = heading.title().strip();
        this.sourceDocument = heading.sourceDocument().strip();
        this.sectors = Set.copyOf(heading.sectors());
        this.feature = heading.feature();
        this.industry = heading.industry() == null || heading.industry().isBlank() ? null : heading.industry().strip();
    }

    /**
     * Items keep their rows position by position (an update), rows beyond the new count go and new ones come after the
     * old count, so that no two rows ever hold one position while the change is written.
     */
    private void replaceItems(List<ChecklistItemDraft> drafts) {
        for (int i = 0; i < drafts.size(); i++) {
            if (i < items.size()) {
                items.get(i).take(drafts.get(i));
            } else {
                items.add(ChecklistItem.of(this, i + 1, drafts.get(i)));
            }
        }
        while (items.size() > drafts.size()) {
            items.remove(items.size() - 1);
        }
    }

    static List<RuleViolation.Problem> problemsOf(ChecklistHeading h, boolean creating) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (creating) {
            String code = h.code() == null ? "" : h.code().strip();
            if (code.isEmpty()) {
                problems.add(new RuleViolation.Problem("code", "checklist.code.required"));
            } else if (!CODE.matcher(code).matches()) {
                problems.add(new RuleViolation.Problem("code", "checklist.code.invalid"));
            }
        }
        line(problems, "title", h.title(), 200);
        line(problems, "sourceDocument", h.sourceDocument(), 200);
        if (h.sectors().isEmpty()) {
            problems.add(new RuleViolation.Problem("sectors", "checklist.sectors.required"));
        } else if (h.feature() != null && h.sectors().stream().noneMatch(Sector::takesFeatures)) {
            problems.add(new RuleViolation.Problem("feature", "checklist.feature.sector"));
        }
        if (h.industry() != null && !h.industry().isBlank() && !INDUSTRY.matcher(h.industry().strip()).matches()) {
            problems.add(new RuleViolation.Problem("industry", "checklist.industry.invalid"));
        }
        return problems;
    }

    /**
     * Every problem of every item, each naming the item (第几项) or the sheet row (第几行) it came from; a reader of a
     * sheet asks this to report every faulty row at once.
     */
    public static List<RuleViolation.Problem> problemsOf(List<ChecklistItemDraft> drafts) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (drafts == null || drafts.isEmpty()) {
            problems.add(new RuleViolation.Problem("items", "checklist.items.required"));
            return problems;
        }
        if (drafts.size() > MAX_ITEMS) {
            problems.add(new RuleViolation.Problem("items", "checklist.items.tooMany", MAX_ITEMS));
            return problems;
        }
        for (int i = 0; i < drafts.size(); i++) {
            ChecklistItemDraft d = drafts.get(i);
            DefaultMessageSourceResolvable where = d.row() != null
                    ? new DefaultMessageSourceResolvable(new String[] {"checklist.item.row"}, new Object[] {d.row()},
                            "row " + d.row())
                    : new DefaultMessageSourceResolvable(new String[] {"checklist.item.number"},
                            new Object[] {i + 1}, "item " + (i + 1));
            itemField(problems, i, "reference", d.reference(), 100, where, true);
            itemField(problems, i, "text", d.text(), 1000, where, false);
            itemField(problems, i, "basis", d.basis(), 300, where, true);
        }
        return problems;
    }

    private static void itemField(List<RuleViolation.Problem> problems, int index, String name, String value, int max,
                                  DefaultMessageSourceResolvable where, boolean oneLine) {
        String clean = value == null ? "" : value.strip();
        String field = "items[" + index + "]." + name;
        if (clean.isEmpty()) {
            problems.add(new RuleViolation.Problem(field, "checklist.item." + name + ".required", where));
        } else if (clean.length() > max) {
            problems.add(new RuleViolation.Problem(field, "checklist.item." + name + ".tooLong", where, max));
        } else if (oneLine ? Text.hasControlCharactersInLine(clean) : Text.hasControlCharacters(clean)) {
            problems.add(new RuleViolation.Problem(field, "checklist.item." + name + ".invalid", where));
        }
    }

    private static void line(List<RuleViolation.Problem> problems, String field, String value, int max) {
        Text.requiredLine(problems, field, value, max, "checklist." + field + ".required");
    }

    private void requireCanMoveTo(ChecklistStatus next, String step) {
        if (!status.canMoveTo(next)) {
            throw refused(step);
        }
    }

    /** 409 naming the current status and the refused step. */
    private Conflict refused(String step) {
        return new Conflict("status", "checklist.step.refused",
                new DefaultMessageSourceResolvable(new String[] {"checklist.status." + status.name()}, status.name()),
                status.name(),
                new DefaultMessageSourceResolvable(new String[] {"checklist.step." + step}, step));
    }

    public ChecklistSnapshot snapshot() {
        return new ChecklistSnapshot(id, code, number, title, sourceDocument,
                sectors.stream().sorted().map(Enum::name).toList(), feature, industry, effectiveFrom, effectiveUntil,
                status, items.size(), (int) items.stream().filter(ChecklistItem::isMajor).count());
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** The list's version number: 1, then one more for each revision. */
    public int getVersion() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getSourceDocument() {
        return sourceDocument;
    }

    public Set<Sector> getSectors() {
        return sectors;
    }

    public Feature getFeature() {
        return feature;
    }

    public String getIndustry() {
        return industry;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate getEffectiveUntil() {
        return effectiveUntil;
    }

    public ChecklistStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The optimistic lock, which a form sends back so that a change made meanwhile is noticed. */
    public long getLockVersion() {
        return lockVersion;
    }

    public List<ChecklistItem> getItems() {
        return Collections.unmodifiableList(items);
    }
}
