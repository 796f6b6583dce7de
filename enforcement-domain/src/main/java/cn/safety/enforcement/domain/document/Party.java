package cn.safety.enforcement.domain.document;

import cn.safety.enforcement.domain.enterprise.Enterprise;

/**
 * The party a document is addressed to (当事人/被检查单位), frozen as it stood on the day of issue: later changes of the
 * enterprise's name or representative never change an issued document.
 *
 * @param name                  the party's name (required)
 * @param creditCode            统一社会信用代码
 * @param address               its address
 * @param legalRepresentative   法定代表人
 * @param mainResponsiblePerson 主要负责人
 */
public record Party(String name, String creditCode, String address, String legalRepresentative,
                    String mainResponsiblePerson) {

    /** The enterprise's details as they stand now. */
    public static Party of(Enterprise enterprise) {
        return new Party(enterprise.getName(), enterprise.getCreditCode(), enterprise.getAddress(),
                enterprise.getLegalRepresentative(), enterprise.getMainResponsiblePerson());
    }
}
