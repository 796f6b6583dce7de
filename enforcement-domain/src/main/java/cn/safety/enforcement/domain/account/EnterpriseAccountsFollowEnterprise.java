package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.enterprise.EnterpriseChange;
import cn.safety.enforcement.domain.enterprise.EnterpriseSnapshot;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * 企业账号 follow their enterprise (000§(八); 002§(一) 一个企业一个执法主体): when a change moves the enterprise to
 * another department (调整管辖, 提级管辖, 指定管辖), each of its accounts moves to that department in the same
 * transaction, each move recorded, so that the new department's admins keep them and the old one's no longer do.
 */
@Component
class EnterpriseAccountsFollowEnterprise {

    private final UserAccounts accounts;
    private final ApplicationEventPublisher events;

    EnterpriseAccountsFollowEnterprise(UserAccounts accounts, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.events = events;
    }

    @EventListener
    void on(EnterpriseChange change) {
        if (!(change.before() instanceof EnterpriseSnapshot before) || change.after() == null
                || change.after().departmentId() == null
                || Objects.equals(before.departmentId(), change.after().departmentId())) {
            return;
        }
        long to = change.after().departmentId();
        for (UserAccount account : accounts.ofEnterprise(change.after().id())) {
            UserAccountMovedWithEnterprise moved = account.followEnterpriseTo(to);
            accounts.save(account);
            events.publishEvent(moved);
        }
    }
}
