package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.OpeningEnterpriseAccount;
import cn.safety.enforcement.domain.account.PasswordPolicy;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Optional;

/**
 * Demo mode, after the enterprises of the demo plans exist: the enterprise accounts (企业账号, password
 * {@value PasswordPolicy#DEMO_PASSWORD}), each bound to a demo enterprise found by its credit code. Like the other demo
 * accounts, one that exists (by name, whatever its case) is left as it is, and a missing one is added on a later start.
 */
@Component
@Order(23)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class EnterpriseDemoAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(EnterpriseDemoAccounts.class);

    /** One demo enterprise account: who, for the enterprise of which credit code. */
    record Account(String username, String fullName, String creditCode) {
    }

    /** 正定县恒安化工有限公司, the orange hazardous-chemicals plant of 正定县's demo plans. */
    static final List<Account> ALL = List.of(
            new Account("zd-ent", "恒安化工安全员", PlanDemoData.CHEMICALS_CREDIT_CODE));

    private final Enterprises enterprises;
    private final AccountService accounts;
    private final OpeningEnterpriseAccount opening;
    private final TransactionTemplate tx;

    EnterpriseDemoAccounts(Enterprises enterprises, AccountService accounts, OpeningEnterpriseAccount opening,
                           TransactionTemplate tx) {
        this.enterprises = enterprises;
        this.accounts = accounts;
        this.opening = opening;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Account a : ALL) {
            if (accounts.exists(a.username())) {
                continue;
            }
            Optional<Enterprise> enterprise = enterprises.findByCreditCode(a.creditCode());
            if (enterprise.isEmpty()) {
                log.warn("Demo account {} not added: no enterprise with credit code {}", a.username(), a.creditCode());
                continue;
            }
            try {
                tx.executeWithoutResult(s -> opening.openAsSystem(enterprise.get().getId(), a.username(),
                        a.fullName(), PasswordPolicy.DEMO_PASSWORD));
                log.info("Demo enterprise account {} opened for {}", a.username(), enterprise.get().getName());
            } catch (RuleViolation | DataIntegrityViolationException e) {
                // another node added it at the same moment, or the name is taken in another case
                log.info("Demo account {} not added: {}", a.username(), e.getMessage());
            }
        }
    }
}
