package cn.safety.enforcement.web.account;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import java.util.List;
import java.util.Set;

@Mapper
interface UserMapper {

    @Mapping(target = "certificateNumber", source = "certificate.number")
    @Mapping(target = "certificateValidUntil", source = "certificate.validUntil")
    UserView toView(UserAccount account);

    List<UserView> toViews(List<UserAccount> accounts);

    default List<String> roles(Set<Role> roles) {
        return roles.stream().map(Enum::name).sorted().toList();
    }
}
