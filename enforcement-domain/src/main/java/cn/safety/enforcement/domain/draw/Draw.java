package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One 双随机 draw of a department's plan (R3, 002§(二)). It exists only {@link #freeze frozen}: the candidates (kept
 * apart, in {@link DrawContents}), their SHA-256, the ratio and count, the roster and recusals, and the public source the
 * seed will come from are fixed when it is created and never change (the database refuses it too). A supervisor then
 * {@link #seed enters the seed} once, after the freeze; the result follows from it by {@link Sha256FisherYates}.
 */
@Entity
@Table(name = "draw")
public class Draw implements UnderJurisdiction {

    /** Ratios have at most this many decimals (0.000001 = one in a million). */
    public static final int RATIO_SCALE = 6;
    public static final int SEED_SOURCE_LENGTH = 500;
    public static final int SEED_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "draw_seq")
    @SequenceGenerator(name = "draw_seq", sequenceName = "draw_seq", allocationSize = 1)
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @Embedded
    private Location location;

    @Column(name = "plan_year", nullable = false)
    private int year;

    @Column(nullable = false, length = 32)
    private String algorithm;

    @Column(nullable = false, precision = 7, scale = RATIO_SCALE)
    private BigDecimal ratio;

    @Column(name = "candidate_count", nullable = false)
    private int candidateCount;

    @Column(name = "selected_count", nullable = false)
    private int count;

    @Column(name = "candidates_sha256", nullable = false, length = 64)
    private String candidatesSha256;

    @Column(name = "roster_size", nullable = false)
    private int rosterSize;

    @Column(name = "recusal_count", nullable = false)
    private int recusalCount;

    @Column(name = "seed_source", nullable = false, length = SEED_SOURCE_LENGTH)
    private String seedSource;

    @Column(name = "frozen_at", nullable = false)
    private Instant frozenAt;

    @Column(name = "frozen_by", nullable = false, length = 64)
    private String frozenBy;

    @Column(length = SEED_LENGTH)
    private String seed;

    @Column(name = "seeded_at")
    private Instant seededAt;

    @Column(name = "seeded_by", length = 64)
    private String seededBy;

    @Column(name = "shortfall_count")
    private Integer shortfallCount;

    @Version
    private long version;

    protected Draw() {
    }

    /**
     * Freezes a draw over {@code frozen} (candidates, roster and recusals, each sorted) for the plan {@code planId} of
     * the department at {@code location}. Every problem of the request is reported at once.
     */
    public static Draw freeze(long planId, long departmentId, Location location, int year, FrozenLists frozen,
                              BigDecimal ratio, String seedSource, String by, Instant now) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (ratio == null) {
            problems.add(new RuleViolation.Problem("ratio", "draw.ratio.required"));
        } else if (!Sha256FisherYates.ratioAllowed(ratio) || ratio.stripTrailingZeros().scale() > RATIO_SCALE) {
            problems.add(new RuleViolation.Problem("ratio", "draw.ratio.range"));
        }
        String source = seedSource == null ? "" : seedSource.strip();
        if (source.isEmpty()) {
            problems.add(new RuleViolation.Problem("seedSource", "draw.seedSource.required"));
        } else if (source.length() > SEED_SOURCE_LENGTH || Text.hasControlCharactersInLine(source)) {
            problems.add(new RuleViolation.Problem("seedSource", "field.tooLong", SEED_SOURCE_LENGTH));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        Draw d = new Draw();
        d.planId = planId;
        d.departmentId = departmentId;
        d.location = location;
        d.year = year;
        d.algorithm = Sha256FisherYates.NAME;
        d.ratio = normalised(ratio);
        d.candidateCount = frozen.candidates().size();
        d.count = Sha256FisherYates.count(d.candidateCount, d.ratio);
        d.candidatesSha256 = Sha256FisherYates.candidatesSha256(frozen.creditCodes());
        d.rosterSize = frozen.roster().size();
        d.recusalCount = frozen.recusals().size();
        d.seedSource = source;
        d.frozenAt = now;
        d.frozenBy = by;
        return d;
    }

    /** The ratio as published: no trailing zeros, never in exponent form. */
    static BigDecimal normalised(BigDecimal ratio) {
        BigDecimal r = ratio.stripTrailingZeros();
        return r.scale() < 0 ? r.setScale(0) : r;
    }

    /**
     * Enters the public seed (the text exactly as published at the named source) and draws. Refused once seeded, and
     * for a time before the freeze.
     */
    public DrawSeeded seed(String value, DrawInput input, String by, Instant now) {
        if (seed != null) {
            throw new DrawAlreadySeeded();
        }
        if (value == null || value.isBlank()) {
            throw new RuleViolation("seed", "draw.seed.required");
        }
        if (value.length() > SEED_LENGTH || Text.hasControlCharacters(value)) {
            throw new RuleViolation("seed", "field.tooLong", SEED_LENGTH);
        }
        if (now.isBefore(frozenAt)) {
            throw new RuleViolation("seed", "draw.seed.beforeFreeze");
        }
        DrawSnapshot before = snapshot();
        DrawResult result = Sha256FisherYates.draw(value, input);
        this.seed = value;
        this.seededAt = now;
        this.seededBy = by;
        this.shortfallCount = result.shortfalls().size();
        return new DrawSeeded(before, snapshot(), result);
    }

    public boolean isSeeded() {
        return seed != null;
    }

    public DrawSnapshot snapshot() {
        return new DrawSnapshot(id, departmentId, planId, year, algorithm, ratio == null ? null : getRatio().toPlainString(),
                candidateCount, count, candidatesSha256, rosterSize, recusalCount, seedSource, frozenAt, seed,
                seededAt, shortfallCount);
    }

    @Override
    public long assignedDepartmentId() {
        return departmentId;
    }

    @Override
    public Location location() {
        return location;
    }

    public Long getId() {
        return id;
    }

    public Long getPlanId() {
        return planId;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public int getYear() {
        return year;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    /** The ratio as published: without trailing zeros (0.05, not 0.050000). */
    public BigDecimal getRatio() {
        return ratio == null ? null : normalised(ratio);
    }

    public int getCandidateCount() {
        return candidateCount;
    }

    public int getCount() {
        return count;
    }

    public String getCandidatesSha256() {
        return candidatesSha256;
    }

    public int getRosterSize() {
        return rosterSize;
    }

    public int getRecusalCount() {
        return recusalCount;
    }

    public String getSeedSource() {
        return seedSource;
    }

    public Instant getFrozenAt() {
        return frozenAt;
    }

    public String getFrozenBy() {
        return frozenBy;
    }

    public String getSeed() {
        return seed;
    }

    public Instant getSeededAt() {
        return seededAt;
    }

    public String getSeededBy() {
        return seededBy;
    }

    public Integer getShortfallCount() {
        return shortfallCount;
    }

    public long getVersion() {
        return version;
    }
}
