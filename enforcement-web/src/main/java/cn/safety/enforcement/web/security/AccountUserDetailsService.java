package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/**
 * Loads accounts from the database, with the department that makes up the user's jurisdiction, or for an enterprise's
 * account the enterprise it is bound to.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Departments departments;
    private final Enterprises enterprises;

    AccountUserDetailsService(UserAccounts accounts, Departments departments, Enterprises enterprises) {
        this.accounts = accounts;
        this.departments = departments;
        this.enterprises = enterprises;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount a = accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Department d = departments.findById(a.getDepartmentId())
                .orElseThrow(() -> new UsernameNotFoundException("user without department"));
        // the account of an enterprise acts as that enterprise, never with its department's scope
        Actor actor = a.isOfEnterprise()
                ? Actor.ofEnterprise(a.getId(), a.getUsername(), d.getId(), d.getLevel(), d.getLocation(),
                        a.getEnterpriseId())
                : new Actor(a.getId(), a.getUsername(), d.getId(), d.getLevel(), d.getLocation(), a.getRoles(),
                        d.isEntrustedOrganisation());
        String enterpriseName = a.isOfEnterprise()
                ? enterprises.findById(a.getEnterpriseId()).map(Enterprise::getName).orElse(null) : null;
        return new EnforcementUser(actor, a.getFullName(), d.getName(), enterpriseName, a.getPasswordHash(),
                a.isEnabled(), false);
    }
}
