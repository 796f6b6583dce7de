package cn.safety.enforcement.domain.enterprise;

import java.util.List;

/** One page of a keyset-paginated list: the items and the cursor of the next page, null on the last one. */
public record EnterpriseSlice(List<Enterprise> items, String next) {
}
