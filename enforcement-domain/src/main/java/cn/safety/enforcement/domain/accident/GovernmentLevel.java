package cn.safety.enforcement.domain.accident;

/** The level of government that investigates an accident or supervises its investigation. */
public enum GovernmentLevel {
    /** 国务院 (or the departments it authorises); for supervision, 国务院安全生产委员会. */
    STATE_COUNCIL,
    /** 省级人民政府; for supervision, its 安全生产委员会. */
    PROVINCE,
    /** 设区的市级人民政府; for supervision, its 安全生产委员会. */
    CITY,
    /** 县级人民政府. */
    COUNTY
}
