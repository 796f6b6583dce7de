package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.Text;
import cn.safety.enforcement.domain.jurisdiction.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A person who signs in: one department, one or more roles, and for inspectors an enforcement certificate; or the
 * account of an enterprise (企业账号, 000§(八) 企业自查自报自改), {@link #openForEnterprise opened for} one enterprise
 * by the department it is assigned to, holding the role {@link Role#ENTERPRISE} alone.
 * <p>Lifecycle: {@link #open opened} by an admin, {@link #revise revised}, password {@link #changePassword changed}
 * by the user or reset by an admin, {@link #disable disabled} when they leave. An enterprise account stays bound to
 * its enterprise, in the department that opened it until the enterprise is assigned to another one, which it
 * {@link #followEnterpriseTo follows}; no admin moves it otherwise.
 */
@Entity
@Table(name = "app_user")
public class UserAccount {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9._-]{2,63}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "full_name", nullable = false, length = 64)
    private String fullName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "department_id", nullable = false)
    private Long departmentId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Embedded
    private EnforcementCertificate certificate;

    /** The enterprise an enterprise account is bound to; null for the staff of a department. */
    @Column(name = "enterprise_id", updatable = false)
    private Long enterpriseId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    public static UserAccount open(String username, String fullName, long departmentId, Set<Role> roles,
                                   EnforcementCertificate certificate, String passwordHash, Instant now) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new RuleViolation("username", "account.username.format");
        }
        UserAccount a = new UserAccount();
        a.username = username.strip();
        a.passwordHash = passwordHash;
        a.passwordChangedAt = now;
        a.enabled = true;
        a.revise(fullName, departmentId, roles, certificate);
        return a;
    }

    /**
     * 企业账号: the account of one enterprise, in the department that opens it (the one the enterprise is assigned
     * to), with the role ENTERPRISE alone and no certificate.
     */
    public static UserAccount openForEnterprise(String username, String fullName, long departmentId,
                                                long enterpriseId, String passwordHash, Instant now) {
        if (username == null || !USERNAME.matcher(username.strip()).matches()) {
            throw new RuleViolation("username", "account.username.format");
        }
        UserAccount a = new UserAccount();
        a.username = username.strip();
        a.passwordHash = passwordHash;
        a.passwordChangedAt = now;
        a.enabled = true;
        a.enterpriseId = enterpriseId;
        a.departmentId = departmentId;
        a.revise(fullName, departmentId, Set.of(Role.ENTERPRISE), null);
        return a;
    }

    public void revise(String fullName, long departmentId, Set<Role> roles, EnforcementCertificate certificate) {
        List<RuleViolation.Problem> problems = new ArrayList<>();
        if (fullName == null || fullName.isBlank()) {
            problems.add(new RuleViolation.Problem("fullName", "account.fullName.required"));
        } else if (fullName.strip().length() > 64) {
            problems.add(new RuleViolation.Problem("fullName", "field.tooLong", 64));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new RuleViolation.Problem("roles", "account.roles.required"));
        }
        EnforcementCertificate cert = certificate;
        if (cert != null && cert.getNumber() == null && cert.getValidFrom() == null && cert.getValidUntil() == null) {
            cert = null;
        }
        if (enterpriseId != null) {
            // the enterprise's account is the enterprise's, never a department's staff: no other role, no certificate
            if (roles != null && !roles.isEmpty() && !Set.copyOf(roles).equals(Set.of(Role.ENTERPRISE))) {
                problems.add(new RuleViolation.Problem("roles", "account.enterprise.roleAlone"));
            }
            if (cert != null) {
                problems.add(new RuleViolation.Problem("certificateNumber", "account.enterprise.noCertificate"));
            }
            if (this.departmentId != null && this.departmentId != departmentId) {
                problems.add(new RuleViolation.Problem("departmentId", "account.enterprise.departmentKept"));
            }
        } else if (roles != null && roles.contains(Role.ENTERPRISE)) {
            problems.add(new RuleViolation.Problem("roles", "account.enterprise.openedFromEnterprise"));
        }
        if (roles != null && roles.contains(Role.INSPECTOR)) {
            if (cert == null || cert.getNumber() == null || cert.getNumber().isBlank()) {
                problems.add(new RuleViolation.Problem("certificateNumber", "account.certificate.required"));
            }
            if (cert == null || cert.getValidFrom() == null || cert.getValidUntil() == null) {
                problems.add(new RuleViolation.Problem("certificateValidUntil", "account.certificate.dates"));
            }
        }
        if (cert != null && cert.getNumber() != null && cert.getNumber().strip().length() > 64) {
            problems.add(new RuleViolation.Problem("certificateNumber", "field.tooLong", 64));
        }
        if (fullName != null && Text.hasControlCharactersInLine(fullName)) {
            problems.add(new RuleViolation.Problem("fullName", "field.controlCharacters"));
        }
        if (cert != null && Text.hasControlCharactersInLine(cert.getNumber())) {
            problems.add(new RuleViolation.Problem("certificateNumber", "field.controlCharacters"));
        }
        if (cert != null && !plausibleYear(cert.getValidFrom())) {
            problems.add(new RuleViolation.Problem("certificateValidFrom", "account.certificate.year"));
        }
        if (cert != null && !plausibleYear(cert.getValidUntil())) {
            problems.add(new RuleViolation.Problem("certificateValidUntil", "account.certificate.year"));
        }
        if (cert != null && cert.period().isReversed()) {
            problems.add(new RuleViolation.Problem("certificateValidUntil", "account.certificate.order"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        this.fullName = fullName.strip();
        this.departmentId = departmentId;
        this.roles = EnumSet.copyOf(roles);
        this.certificate = cert;
    }

    /** A certificate date typed as year -1 or 20255 is a typing error, never a certificate. */
    private static boolean plausibleYear(java.time.LocalDate day) {
        return day == null || (day.getYear() >= 1950 && day.getYear() <= 2100);
    }

    /**
     * The enterprise this account is bound to was assigned to another department (调整管辖, 提级管辖, 指定管辖): the
     * account follows it, so that the department now answering for the enterprise answers for who acts as it.
     */
    public UserAccountMovedWithEnterprise followEnterpriseTo(long departmentId) {
        if (enterpriseId == null) {
            throw new IllegalStateException("only the account of an enterprise follows an enterprise");
        }
        UserAccountSnapshot before = snapshot();
        this.departmentId = departmentId;
        return new UserAccountMovedWithEnterprise(before, snapshot());
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    /** Only a certified inspector with a certificate valid today may inspect or sign (R12). */
    public boolean isCertifiedOn(LocalDate day) {
        return roles.contains(Role.INSPECTOR) && certificate != null && certificate.isValidOn(day);
    }

    /** The account as the record keeps it: never the password. */
    public UserAccountSnapshot snapshot() {
        return new UserAccountSnapshot(id, username, fullName, departmentId,
                roles.stream().map(Enum::name).sorted().toList(), certificate == null ? null : certificate.getNumber(),
                certificate == null ? null : certificate.getValidFrom(),
                certificate == null ? null : certificate.getValidUntil(), enabled, enterpriseId);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getFullName() {
        return fullName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Long getDepartmentId() {
        return departmentId;
    }

    public Set<Role> getRoles() {
        return EnumSet.copyOf(roles.isEmpty() ? EnumSet.noneOf(Role.class) : roles);
    }

    public EnforcementCertificate getCertificate() {
        return certificate;
    }

    /** The enterprise this account is bound to, or null for a department's staff. */
    public Long getEnterpriseId() {
        return enterpriseId;
    }

    public boolean isOfEnterprise() {
        return enterpriseId != null;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public long getVersion() {
        return version;
    }
}
