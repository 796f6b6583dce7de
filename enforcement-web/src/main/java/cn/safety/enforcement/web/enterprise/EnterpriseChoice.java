package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.Enterprise;

/** An enterprise offered by an enterprise search (the unplanned inspection's chooser, the hazard list's filter). */
public record EnterpriseChoice(long id, String name, String creditCode, String address) {

    static EnterpriseChoice of(Enterprise e) {
        return new EnterpriseChoice(e.getId(), e.getName(), e.getCreditCode(), e.getAddress());
    }
}
