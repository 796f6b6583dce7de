package cn.safety.enforcement.domain.jurisdiction;

/**
 * A record that concerns one enterprise (its hazards, the orders and documents served on it, its evidence). The
 * account of that enterprise may read it (see {@link JurisdictionPolicy#canRead(Actor, UnderJurisdiction)}); no other
 * enterprise's account ever does. What of such a record an enterprise sees is the feature's choice: internal notes
 * stay with the department.
 */
public interface OfEnterprise {

    long enterpriseId();
}
