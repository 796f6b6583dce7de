package cn.safety.enforcement.domain.document;

/**
 * What the renderer prints around the content: the issuing department's name above the title (发文机关), the number
 * under it on the right (文书编号), the date of issue, and for a correction the number of the document it corrects.
 *
 * @param issuer         the issuing department's name, e.g. 正定县应急管理局
 * @param number         the document's number, e.g. 冀正应急检记〔2026〕15号
 * @param issuedOn       the date of issue as printed, e.g. 2026年3月5日
 * @param correctsNumber the number of the corrected document, or null
 */
public record Letterhead(String issuer, String number, String issuedOn, String correctsNumber) {

    /** The same letterhead with {@code number}. */
    public Letterhead numbered(String number) {
        return new Letterhead(issuer, number, issuedOn, correctsNumber);
    }
}
