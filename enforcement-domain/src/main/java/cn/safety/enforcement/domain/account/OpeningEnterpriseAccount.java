package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * 企业账号 (000§(八) 企业自查自报自改): an admin of the department an enterprise is assigned to opens an account for the
 * enterprise, with which it reports its own hazards and answers the department's orders. The account is put in that
 * department, so that its admins (and those above) lock, reset and disable it like any other.
 */
@Service
@Transactional
public class OpeningEnterpriseAccount {

    private final UserAccounts accounts;
    private final Enterprises enterprises;
    private final JurisdictionPolicy policy;
    private final PasswordHashing hashing;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public OpeningEnterpriseAccount(UserAccounts accounts, Enterprises enterprises, JurisdictionPolicy policy,
                                    PasswordHashing hashing, PasswordPolicy passwordPolicy, Clock clock,
                                    ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.policy = policy;
        this.hashing = hashing;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
        this.events = events;
    }

    public UserAccount open(Actor actor, long enterpriseId, String username, String fullName, String rawPassword) {
        Enterprise enterprise = enterprise(enterpriseId);
        policy.requireCanOpenEnterpriseAccount(actor, enterprise);
        return open(enterprise, username, fullName, rawPassword);
    }

    /** Start-up bootstrapping (the demo's enterprise account): no one is signed in, the record names the system. */
    public UserAccount openAsSystem(long enterpriseId, String username, String fullName, String rawPassword) {
        return open(enterprise(enterpriseId), username, fullName, rawPassword);
    }

    private UserAccount open(Enterprise enterprise, String username, String fullName, String rawPassword) {
        if (username != null && accounts.existsByUsername(username.strip())) {
            throw new RuleViolation("username", "account.username.duplicate");
        }
        passwordPolicy.check("password", username, rawPassword);
        UserAccount a = accounts.save(UserAccount.openForEnterprise(username, fullName,
                enterprise.assignedDepartmentId(), enterprise.getId(), hashing.hash(rawPassword), clock.instant()));
        events.publishEvent(UserAccountOpened.of(a));
        return a;
    }

    /** What the enterprise's page shows of its accounts: whether the reader may open one, and those it may see. */
    public record EnterpriseAccounts(boolean mayOpen, java.util.List<UserAccount> accounts) {
    }

    /**
     * The accounts of an enterprise the reader already reads: listed to those who open them (its department's admins)
     * and to the admins above who keep them (lock, reset, disable); nothing to anyone else.
     */
    @Transactional(readOnly = true)
    public EnterpriseAccounts accountsOf(Actor actor, Enterprise enterprise) {
        policy.requireCanRead(actor, enterprise);
        boolean mayOpen = policy.canOpenEnterpriseAccount(actor, enterprise);
        boolean keeps = mayOpen || !actor.entrusted() && policy.canAdminister(actor, enterprise.location())
                && policy.canRead(actor, enterprise.assignedDepartmentId());
        return new EnterpriseAccounts(mayOpen, keeps ? accounts.ofEnterprise(enterprise.getId()) : java.util.List.of());
    }

    /** The enterprise whose account is opened, as its page names it. */
    @Transactional(readOnly = true)
    public Enterprise enterpriseToOpenFor(Actor actor, long enterpriseId) {
        Enterprise enterprise = enterprise(enterpriseId);
        policy.requireCanOpenEnterpriseAccount(actor, enterprise);
        return enterprise;
    }

    private Enterprise enterprise(long id) {
        return enterprises.findById(id).orElseThrow(() -> new NotFound("Enterprise", id));
    }
}
