package cn.safety.enforcement.web.accident;

import cn.safety.enforcement.domain.enterprise.Enterprise;

/** What a recording form shows of its enterprise. */
record EnterpriseHeading(long id, String name, String creditCode) {

    static EnterpriseHeading of(Enterprise e) {
        return new EnterpriseHeading(e.getId(), e.getName(), e.getCreditCode());
    }
}
