package cn.safety.enforcement.web.security;

import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The signed-in user: the account's credentials for Spring Security, and the {@link Actor} the domain rules see. */
public final class EnforcementUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Actor actor;
    private final String fullName;
    private final String departmentName;
    private String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final String enterpriseName;

    EnforcementUser(Actor actor, String fullName, String departmentName, String passwordHash, boolean enabled,
                    boolean locked) {
        this(actor, fullName, departmentName, null, passwordHash, enabled, locked);
    }

    EnforcementUser(Actor actor, String fullName, String departmentName, String enterpriseName, String passwordHash,
                    boolean enabled, boolean locked) {
        this.enterpriseName = enterpriseName;
        this.actor = actor;
        this.fullName = fullName;
        this.departmentName = departmentName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public Actor actor() {
        return actor;
    }

    public String fullName() {
        return fullName;
    }

    public String departmentName() {
        return departmentName;
    }

    /** The account of an enterprise (企业账号): it sees only its enterprise's own pages. */
    public boolean isEnterprise() {
        return actor.isEnterprise();
    }

    /** For an enterprise's account, the name of its enterprise when signed in on the pages; null otherwise. */
    public String enterpriseName() {
        return enterpriseName;
    }

    /** Whom the header names beside the user: the enterprise of an enterprise's account, else the department. */
    public String organisationName() {
        return actor.isEnterprise() && enterpriseName != null ? enterpriseName : departmentName;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return actor.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return actor.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    /** A user of an organisation entrusted to enforce in a department's name (委托执法). */
    public boolean isEntrusted() {
        return actor.entrusted();
    }

    /** Whether the pages offer registering an enterprise (新增企业). */
    public boolean mayRegister() {
        return cn.safety.enforcement.domain.jurisdiction.Rights.registers(actor);
    }

    /** Whether the pages offer the bulk import (批量导入). */
    public boolean mayImport() {
        return cn.safety.enforcement.domain.jurisdiction.Rights.imports(actor);
    }

    public boolean isAdmin() {
        return actor.has(cn.safety.enforcement.domain.jurisdiction.Role.ADMIN);
    }

    public List<String> roleNames() {
        return actor.roles().stream().map(Enum::name).sorted().toList();
    }
}
