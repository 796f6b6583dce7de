package cn.safety.enforcement.web.account;

/** The account of an enterprise as its department's admin opens it: a sign-in name, a name and a first password. */
public class EnterpriseAccountForm {

    private String username;
    private String fullName;
    private String password;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
}
