package cn.safety.enforcement.domain.jurisdiction;

/**
 * A record one department addresses to another that must act on it: the 挂牌督办通知书 the department above issues to
 * the department of the hazard it supervises (004§23: 下达挂牌督办文件). It stays the issuing department's record (only
 * that department acts on it, e.g. corrects it); those who read the addressed department's records read it too (see
 * {@link JurisdictionPolicy#canRead(Actor, UnderJurisdiction)}). No enterprise reads it through this: it is not served
 * on one.
 */
public interface AddressedTo {

    long addressedDepartmentId();
}
