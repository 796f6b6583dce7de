package cn.safety.enforcement.web.inspection;

import cn.safety.enforcement.domain.enterprise.Enterprise;

/** An enterprise offered by the unplanned inspection's chooser. */
record EnterpriseChoice(long id, String name, String creditCode, String address) {

    static EnterpriseChoice of(Enterprise e) {
        return new EnterpriseChoice(e.getId(), e.getName(), e.getCreditCode(), e.getAddress());
    }
}
