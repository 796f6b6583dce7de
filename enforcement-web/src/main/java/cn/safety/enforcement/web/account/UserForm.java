package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.account.EnforcementCertificate;
import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.springframework.format.annotation.DateTimeFormat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

/** An account as an admin edits it; the password only when opening one. */
public class UserForm {

    private String username;
    private String fullName;
    private Long departmentId;
    private Set<Role> roles = new HashSet<>();
    private String certificateNumber;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certificateValidFrom;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate certificateValidUntil;
    private boolean enabled = true;
    private String password;
    private Long version;

    static UserForm of(UserAccount a) {
        UserForm f = new UserForm();
        f.username = a.getUsername();
        f.fullName = a.getFullName();
        f.departmentId = a.getDepartmentId();
        f.roles = EnumSet.copyOf(a.getRoles());
        if (a.getCertificate() != null) {
            f.certificateNumber = a.getCertificate().getNumber();
            f.certificateValidFrom = a.getCertificate().getValidFrom();
            f.certificateValidUntil = a.getCertificate().getValidUntil();
        }
        f.enabled = a.isEnabled();
        f.version = a.getVersion();
        return f;
    }

    EnforcementCertificate certificate() {
        String number = certificateNumber == null || certificateNumber.isBlank() ? null : certificateNumber.strip();
        if (number == null && certificateValidFrom == null && certificateValidUntil == null) {
            return null;
        }
        return new EnforcementCertificate(number, certificateValidFrom, certificateValidUntil);
    }

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Long getDepartmentId() { return departmentId; }
    public void setDepartmentId(Long departmentId) { this.departmentId = departmentId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles == null ? new HashSet<>() : roles; }
    public String getCertificateNumber() { return certificateNumber; }
    public void setCertificateNumber(String v) { this.certificateNumber = v; }
    public LocalDate getCertificateValidFrom() { return certificateValidFrom; }
    public void setCertificateValidFrom(LocalDate v) { this.certificateValidFrom = v; }
    public LocalDate getCertificateValidUntil() { return certificateValidUntil; }
    public void setCertificateValidUntil(LocalDate v) { this.certificateValidUntil = v; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
