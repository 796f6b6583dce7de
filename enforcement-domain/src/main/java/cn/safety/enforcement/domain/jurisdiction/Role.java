package cn.safety.enforcement.domain.jurisdiction;

/**
 * What a user may do besides what their department's jurisdiction allows. A user may hold several roles; the legal
 * procedure keeps some steps apart per record (see {@link cn.safety.enforcement.domain.duty.LegalReviewSeparation}).
 * <ul>
 *   <li>{@code INSPECTOR}: 执法人员, who inspects and signs (with a valid 执法证, R12);</li>
 *   <li>{@code SUPERVISOR}: 负责人, the head who approves (审批) filings and decisions;</li>
 *   <li>{@code LEGAL_REVIEWER}: 法制审核人员, who reviews the legality of a decision before the head decides
 *       (行政处罚法 第五十八条);</li>
 *   <li>{@code ADMIN}: 系统管理员;</li>
 *   <li>{@code ENTERPRISE}: the account of an enterprise (企业账号, 000§(八) 自查自报自改), held alone and bound to one
 *       enterprise: it reads that enterprise's own records and acts only as the enterprise.</li>
 * </ul>
 */
public enum Role {
    INSPECTOR, SUPERVISOR, LEGAL_REVIEWER, ADMIN, ENTERPRISE
}
