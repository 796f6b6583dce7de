package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Set;

/**
 * Production: with no account at all, the first admin and their department come from the environment
 * ({@code ENFORCEMENT_ADMIN_USERNAME}, {@code ENFORCEMENT_ADMIN_PASSWORD}, {@code ENFORCEMENT_ADMIN_DIVISION},
 * {@code ENFORCEMENT_ADMIN_DEPARTMENT}). The demo passwords are refused.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "false")
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final AccountService accounts;
    private final DepartmentService departments;
    private final TransactionTemplate tx;
    private final String username;
    private final String password;
    private final String division;
    private final String departmentName;

    FirstAdmin(AccountService accounts, DepartmentService departments, TransactionTemplate tx,
               ToolProperties settings) {
        ToolProperties.Admin admin = settings.admin();
        String username = admin.username();
        String password = admin.password();
        String division = admin.division();
        String departmentName = admin.department();
        this.accounts = accounts;
        this.departments = departments;
        this.tx = tx;
        this.username = username;
        this.password = password;
        this.division = division;
        this.departmentName = departmentName;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.any()) {
            return;
        }
        if (username.isBlank() || password.isBlank() || division.isBlank() || departmentName.isBlank()) {
            throw new IllegalStateException("No account exists yet. Set ENFORCEMENT_ADMIN_USERNAME,"
                    + " ENFORCEMENT_ADMIN_PASSWORD, ENFORCEMENT_ADMIN_DIVISION (a six-digit division code) and"
                    + " ENFORCEMENT_ADMIN_DEPARTMENT to create the first admin.");
        }
        tx.executeWithoutResult(s -> {
            Department d = departments.establishAsSystem(departmentName, division);
            accounts.openAsSystem(username, "系统管理员", d.getId(), Set.of(Role.ADMIN, Role.SUPERVISOR), null,
                    password);
        });
        log.info("First admin {} created for {}", username, departmentName);
    }
}
