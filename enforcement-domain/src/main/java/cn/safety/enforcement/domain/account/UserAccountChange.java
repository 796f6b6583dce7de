package cn.safety.enforcement.domain.account;

import cn.safety.enforcement.domain.audit.RecordedChange;

/** A change of one account: the entry belongs to the account's department. */
public interface UserAccountChange extends RecordedChange {

    String AGGREGATE = "UserAccount";

    @Override
    UserAccountSnapshot after();

    @Override
    default String aggregateType() {
        return AGGREGATE;
    }

    @Override
    default Object aggregateId() {
        return after() == null ? null : after().id();
    }

    @Override
    default Long departmentId() {
        return after() == null ? null : after().departmentId();
    }

    /**
     * Acts that leave the account's recorded state as it was (a password, a lock, tokens): before and after are the
     * same state, so that the entry shows only what the act adds (its details).
     */
    interface StateKept extends UserAccountChange {

        @Override
        default UserAccountSnapshot before() {
            return after();
        }
    }
}
