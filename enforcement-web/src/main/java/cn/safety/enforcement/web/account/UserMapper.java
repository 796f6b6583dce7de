package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

@Mapper
interface UserMapper {

    @Mapping(target = "certificateNumber", source = "account.certificate.number")
    @Mapping(target = "certificateValidUntil", source = "account.certificate.validUntil")
    @Mapping(target = "id", source = "account.id")
    @Mapping(target = "enabled", source = "account.enabled")
    @Mapping(target = "enterpriseId", source = "account.enterpriseId")
    UserView toView(UserAccount account, Instant lockedUntil);

    /** The accounts with the end of their locks, by account id (unlocked accounts are absent). */
    default List<UserView> toViews(List<UserAccount> accounts, Map<Long, Instant> locks) {
        return accounts.stream().map(a -> toView(a, locks.get(a.getId()))).toList();
    }

    default List<String> roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
