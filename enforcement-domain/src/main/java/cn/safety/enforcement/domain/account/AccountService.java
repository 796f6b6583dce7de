package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Opening and keeping user accounts; admins act only on the accounts of departments in their own area. */
@Service
@Transactional
public class AccountService {

    private static final String AGGREGATE = "UserAccount";

    private final UserAccounts accounts;
    private final Departments departments;
    private final JurisdictionPolicy policy;
    private final PasswordHashing hashing;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final LoginThrottle throttle;
    private final SignInFailures failures;

    public AccountService(UserAccounts accounts, Departments departments, JurisdictionPolicy policy,
                          PasswordHashing hashing, PasswordPolicy passwordPolicy, Clock clock,
                          ApplicationEventPublisher events, LoginThrottle throttle, SignInFailures failures) {
        this.events = events;
        this.throttle = throttle;
        this.failures = failures;
        this.accounts = accounts;
        this.departments = departments;
        this.policy = policy;
        this.hashing = hashing;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    public UserAccount open(Actor actor, String username, String fullName, Long departmentId, Set<Role> roles,
                            EnforcementCertificate certificate, String rawPassword) {
        Department department = administrableDepartment(actor, departmentId);
        return open(username, fullName, department, roles, certificate, rawPassword);
    }

    /** Start-up bootstrapping (first admin, demo users): no one is signed in, the record names the system. */
    public UserAccount openAsSystem(String username, String fullName, Long departmentId, Set<Role> roles,
                                    EnforcementCertificate certificate, String rawPassword) {
        return open(username, fullName, department(departmentId), roles, certificate, rawPassword);
    }

    /** Whether an account of that name exists, whatever its case (start-up bootstrapping). */
    @Transactional(readOnly = true)
    public boolean exists(String username) {
        return username != null && accounts.existsByUsername(username.strip());
    }

    private UserAccount open(String username, String fullName, Department department,
                             Set<Role> roles, EnforcementCertificate certificate, String rawPassword) {
        // 'ADMIN' beside 'admin' would be two accounts behind one sign-in name: names are unique whatever their case
        if (username != null && accounts.existsByUsername(username.strip())) {
            throw new RuleViolation("username", "account.username.duplicate");
        }
        passwordPolicy.check("password", username, rawPassword);
        UserAccount a = accounts.save(UserAccount.open(username, fullName, department.getId(), roles, certificate,
                hashing.hash(rawPassword), clock.instant()));
        events.publishEvent(UserAccountOpened.of(a));
        return a;
    }

    public UserAccount revise(Actor actor, long id, long seenVersion, String fullName, Long departmentId,
                              Set<Role> roles, EnforcementCertificate certificate, boolean enabled) {
        UserAccount a = administered(actor, id);
        StaleVersion.check(AGGREGATE, id, seenVersion, a.getVersion());
        Department to = administrableDepartment(actor, departmentId);
        if (a.getId() == actor.userId() && (!enabled || !a.getRoles().equals(roles == null ? Set.of() : Set.copyOf(roles))
                || !a.getDepartmentId().equals(to.getId()) || certificateChanged(a, certificate))) {
            // no one grants themselves rights, moves themselves or certifies themselves: another admin does it
            throw new RuleViolation("roles", "account.selfChange");
        }
        UserAccountSnapshot before = a.snapshot();
        a.revise(fullName, to.getId(), roles, certificate);
        if (enabled) {
            a.enable();
        } else {
            a.disable();
        }
        accounts.save(a);
        events.publishEvent(new UserAccountRevised(before, a.snapshot(), a.getId() == actor.userId()));
        return a;
    }

    /**
     * An admin sets a new password for an account they administer. Not their own: that is done on the password page,
     * which asks for the current password, so that a session left open cannot take over the account.
     */
    public void resetPassword(Actor actor, long id, String rawPassword) {
        UserAccount a = administered(actor, id);
        if (a.getId() == actor.userId()) {
            throw new RuleViolation("password", "account.resetOwnPassword");
        }
        passwordPolicy.check("password", a.getUsername(), rawPassword);
        a.changePassword(hashing.hash(rawPassword), clock.instant());
        accounts.save(a);
        events.publishEvent(new UserAccountPasswordReset(a.snapshot()));
    }

    public void changeOwnPassword(Actor actor, String currentRaw, String newRaw) {
        UserAccount a = accounts.findById(actor.userId()).orElseThrow(() -> new NotFound(AGGREGATE, actor.userId()));
        // the current password is a password check like sign-in: the same counter, the same lock
        if (throttle.lockedUntil(a.getUsername(), clock.instant()) != null) {
            throw new RuleViolation("currentPassword", "login.locked");
        }
        if (currentRaw == null || !hashing.matches(currentRaw, a.getPasswordHash())) {
            failures.record(a.getUsername(), null);
            throw new CurrentPasswordWrong();
        }
        if (newRaw != null && newRaw.equals(currentRaw)) {
            throw new RuleViolation("newPassword", "password.same");
        }
        passwordPolicy.check("newPassword", a.getUsername(), newRaw);
        a.changePassword(hashing.hash(newRaw), clock.instant());
        accounts.save(a);
        events.publishEvent(new UserAccountPasswordChanged(a.snapshot()));
    }

    /** Ends the lock that failed sign-ins put on an account the admin administers, before its time. */
    public void unlock(Actor actor, long id) {
        UserAccount a = administered(actor, id);
        Instant lockedUntil = throttle.lockedUntil(a.getUsername(), clock.instant());
        throttle.recordSuccess(a.getUsername());
        events.publishEvent(new UserAccountUnlocked(a.snapshot(), lockedUntil));
    }

    /** Until when each of these accounts is locked by failed sign-ins, by account id; unlocked ones are absent. */
    @Transactional(readOnly = true)
    public Map<Long, Instant> locks(List<UserAccount> administered) {
        Map<String, Instant> byName = throttle.lockedUntil(
                administered.stream().map(UserAccount::getUsername).toList(), clock.instant());
        Map<Long, Instant> byId = new java.util.HashMap<>();
        for (UserAccount a : administered) {
            Instant until = byName.get(a.getUsername());
            if (until != null) {
                byId.put(a.getId(), until);
            }
        }
        return byId;
    }

    @Transactional(readOnly = true)
    public UserAccount get(Actor actor, long id) {
        return administered(actor, id);
    }

    /** Accounts of the departments in the admin's area, by id, keyset-paginated. */
    @Transactional(readOnly = true)
    public List<UserAccount> page(Actor actor, Long afterId, int limit) {
        policy.requireAdmin(actor);
        List<Long> ids = policy.visibleDepartments(actor).stream().map(Department::getId).toList();
        return accounts.page(ids, afterId, Math.max(1, Math.min(limit, 200)));
    }

    @Transactional(readOnly = true)
    public boolean any() {
        return accounts.count() > 0;
    }

    private UserAccount administered(Actor actor, long id) {
        UserAccount a = accounts.findById(id).orElseThrow(() -> new NotFound(AGGREGATE, id));
        policy.requireCanAdministerDepartment(actor, department(a.getDepartmentId()));
        return a;
    }

    private static boolean certificateChanged(UserAccount a, EnforcementCertificate next) {
        EnforcementCertificate now = a.getCertificate();
        String nowNumber = now == null ? null : now.getNumber();
        String nextNumber = next == null || next.getNumber() == null || next.getNumber().isBlank() ? null
                : next.getNumber().strip();
        return !java.util.Objects.equals(nowNumber, nextNumber)
                || !java.util.Objects.equals(now == null ? null : now.getValidFrom(), next == null ? null : next.getValidFrom())
                || !java.util.Objects.equals(now == null ? null : now.getValidUntil(), next == null ? null : next.getValidUntil());
    }

    /**
     * The department an account is put in: one the admin administers. One outside their area is refused exactly like one
     * that does not exist, on the field, so that the answer tells nothing about departments elsewhere.
     */
    private Department administrableDepartment(Actor actor, Long id) {
        Department d = department(id);
        try {
            policy.requireCanAdministerDepartment(actor, d);
        } catch (NotFound outside) {
            throw new RuleViolation("departmentId", "department.unknown");
        }
        return d;
    }

    private Department department(Long id) {
        if (id == null) {
            throw new RuleViolation("departmentId", "department.required");
        }
        return departments.findById(id).orElseThrow(() -> new RuleViolation("departmentId", "department.unknown"));
    }
}
