package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;


/** Loads accounts from the database, with the department that makes up the user's jurisdiction. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Departments departments;
    AccountUserDetailsService(UserAccounts accounts, Departments departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount a = accounts.findByUsername(username == null ? "" : username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        Department d = departments.findById(a.getDepartmentId())
                .orElseThrow(() -> new UsernameNotFoundException("user without department"));
        Actor actor = new Actor(a.getId(), a.getUsername(), d.getId(), d.getLevel(), d.getLocation(), a.getRoles(),
                d.isEntrustedOrganisation());
        return new EnforcementUser(actor, a.getFullName(), d.getName(), a.getPasswordHash(), a.isEnabled(), false);
    }
}
