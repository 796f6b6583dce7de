package cn.safety.enforcement.domain.inspection;

/** Who signs the 现场检查记录: an inspector, the enterprise's representative, or a witness. */
public enum SignatureRole {
    INSPECTOR, ENTERPRISE_REPRESENTATIVE, WITNESS
}
