package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.EnforcementCertificate;
import cn.safety.enforcement.domain.account.PasswordPolicy;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The demo accounts (password {@value PasswordPolicy#DEMO_PASSWORD}), opened with the demo data on first start and, on
 * every later start in demo mode, added to a demo database created by an earlier version when they are missing there:
 * an account that exists (by name, whatever its case) is left as it is, so a start never undoes what a user changed.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);
    private static final LocalDate FROM = LocalDate.of(2024, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2029, 12, 31);

    /** One demo account: who, in the first department of which division, with which roles and certificate. */
    record Account(String username, String fullName, String divisionCode, Set<Role> roles,
                   EnforcementCertificate certificate) {
    }

    static final List<Account> ALL = List.of(
            new Account("admin", "省厅管理员", DemoData.HEBEI, Set.of(Role.ADMIN, Role.SUPERVISOR), null),
            inspector("hb-inspector", "赵执法", DemoData.HEBEI, "冀执13000020240001"),
            new Account("sjz-supervisor", "钱科长", "130100", Set.of(Role.SUPERVISOR), null),
            inspector("sjz-inspector", "孙执法", "130100", "冀执13010020240002"),
            // a second certified inspector of 石家庄市: inspections take two (行政处罚法 第四十二条)
            inspector("sjz-inspector2", "郑执法", "130100", "冀执13010020240012"),
            inspector("zd-inspector", "李执法", "130123", "冀执13012320240003"),
            inspector("zd-inspector2", "周执法", "130123", "冀执13012320240004"),
            new Account("tj-admin", "市局管理员", DemoData.TIANJIN, Set.of(Role.ADMIN, Role.SUPERVISOR), null),
            inspector("bh-inspector", "吴执法", "120116", "津执12011620240005"),
            // the head who approves and the legal reviewers: different people, as the penalty procedure needs
            new Account("zd-chief", "韩志刚", "130123", Set.of(Role.SUPERVISOR), null),
            new Account("zd-legal", "郭丽娜", "130123", Set.of(Role.LEGAL_REVIEWER), null),
            new Account("sjz-legal", "许文博", "130100", Set.of(Role.LEGAL_REVIEWER), null),
            // enough certified inspectors in 正定县 for random draws of two (双随机), one of them no longer certified
            inspector("zd-inspector3", "王建军", "130123", "冀执13012320240006"),
            inspector("zd-inspector4", "刘晓燕", "130123", "冀执13012320240007"),
            inspector("zd-inspector5", "张立新", "130123", "冀执13012320240008"),
            inspector("zd-inspector6", "陈海涛", "130123", "冀执13012320240009"),
            inspector("zd-inspector7", "杨春梅", "130123", "冀执13012320240010"),
            new Account("zd-inspector8", "高振华", "130123", Set.of(Role.INSPECTOR),
                    new EnforcementCertificate("冀执13012320210011", LocalDate.of(2021, 1, 1),
                            LocalDate.of(2025, 12, 31))));

    private final DepartmentService departments;
    private final AccountService accounts;
    private final TransactionTemplate tx;

    DemoAccounts(DepartmentService departments, AccountService accounts, TransactionTemplate tx) {
        this.departments = departments;
        this.accounts = accounts;
        this.tx = tx;
    }

    private static Account inspector(String username, String fullName, String divisionCode, String certificate) {
        return new Account(username, fullName, divisionCode, Set.of(Role.INSPECTOR),
                new EnforcementCertificate(certificate, FROM, UNTIL));
    }

    /** Opens one account in the given department (the first load, where the departments were just established). */
    void open(Account a, Department department) {
        accounts.openAsSystem(a.username(), a.fullName(), department.getId(), a.roles(), a.certificate(),
                PasswordPolicy.DEMO_PASSWORD);
    }

    /** The top-up: each missing account in its own transaction, so that one refusal does not stop the others. */
    @Override
    public void run(ApplicationArguments args) {
        if (!departments.any()) {
            return;
        }
        int added = 0;
        for (Account a : ALL) {
            if (accounts.exists(a.username())) {
                continue;
            }
            Optional<Department> department = departments.firstOf(a.divisionCode());
            if (department.isEmpty()) {
                log.warn("Demo account {} not added: no department of division {}", a.username(), a.divisionCode());
                continue;
            }
            try {
                tx.executeWithoutResult(s -> open(a, department.get()));
                added++;
            } catch (RuleViolation | DataIntegrityViolationException e) {
                // another node added it at the same moment, or the name is taken in another case
                log.info("Demo account {} not added: {}", a.username(), e.getMessage());
            }
        }
        if (added > 0) {
            log.info("Added {} demo accounts missing from this database", added);
        }
    }
}
