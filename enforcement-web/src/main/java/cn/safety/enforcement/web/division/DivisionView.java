package cn.safety.enforcement.web.division;

import java.time.LocalDate;

/** A division as pages and the API show it; {@code level} is PROVINCE, CITY or COUNTY. */
public record DivisionView(String code, String name, String level, String parentCode, boolean retired,
                           LocalDate retiredOn, long version) {
}
