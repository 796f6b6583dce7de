package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.enterprise.Enterprise;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the hazard's documents say (R13), in Chinese whatever the reader's language, never with the department's
 * internal note: 责令限期整改指令书, 整改复查意见书, 现场处理措施决定书.
 */
public final class HazardDocuments {

    /** Documents about a hazard name it as their subject so. */
    public static final String SUBJECT_KIND = "HAZARD";

    private HazardDocuments() {
    }

    /** 责令限期整改指令书: the hazard found, the requirements, the deadline. */
    public static DocumentContent rectificationOrder(Hazard h, Enterprise e, String departmentName,
                                                     Hazard.Order order, LocalDate today) {
        return party(DocumentContent.builder("责令限期整改指令书"), e)
                .field("隐患等级", grade(h.getGrade()))
                .field("隐患部位", h.getPlace())
                .field("隐患描述", h.getDescription())
                .field("依据", h.getLegalBasis())
                .heading("整改要求")
                .paragraph(order.requirements())
                .paragraph("现责令你单位于" + IssuingDocuments.printed(order.deadline().dueOn())
                        + "前整改完毕，按照治理目标、人员、经费、措施、时限“五落实”的要求报送整改方案，整改完毕后报告整改情况"
                        + (h.getGrade() == HazardGrade.MAJOR ? "，并组织验收后报送验收情况" : "")
                        + "。在整改期间应当采取措施，确保安全。")
                .field("作出单位", departmentName)
                .field("日期", IssuingDocuments.printed(today))
                .build();
    }

    /** 整改复查意见书: the re-check's opinion, closed or rectifying again by a new deadline. */
    public static DocumentContent recheckOpinion(Hazard h, Enterprise e, String departmentName,
                                                 Hazard.Verification v, LocalDate today) {
        DocumentContent.Builder b = party(DocumentContent.builder("整改复查意见书"), e)
                .field("隐患等级", grade(h.getGrade()))
                .field("隐患描述", h.getDescription())
                .field("原整改期限", h.getDueOn() == null ? "" : IssuingDocuments.printed(h.getDueOn()))
                .heading("复查意见")
                .paragraph(v.opinion());
        if (v.accepted()) {
            b.paragraph("经复查，该隐患已整改完毕，同意销号。");
        } else {
            b.paragraph("经复查，该隐患未整改完毕，责令你单位于" + IssuingDocuments.printed(v.newDueOn())
                    + "前整改完毕并报告整改情况。");
        }
        return b.field("复查单位", departmentName).field("日期", IssuingDocuments.printed(today)).build();
    }

    /** 现场处理措施决定书: the major hazard and the measures decided, in force until lifted after review. */
    public static DocumentContent onsiteMeasures(Hazard h, Enterprise e, String departmentName,
                                                 Set<OnsiteMeasure> measures, String detail, LocalDate today) {
        List<String> lines = measures.stream().map(OnsiteMeasure::chinese).toList();
        DocumentContent.Builder b = party(DocumentContent.builder("现场处理措施决定书"), e)
                .field("重大事故隐患", h.getDescription())
                .field("隐患部位", h.getPlace())
                .field("依据", "《中华人民共和国安全生产法》第六十五条第一款第（三）项")
                .heading("现场处理措施")
                .paragraph(String.join("；", lines) + "。");
        if (detail != null && !detail.isBlank()) {
            b.paragraph(detail.strip());
        }
        return b.paragraph("重大事故隐患排除后，经审查同意，方可恢复生产经营和使用。")
                .field("作出单位", departmentName).field("日期", IssuingDocuments.printed(today)).build();
    }

    private static DocumentContent.Builder party(DocumentContent.Builder b, Enterprise e) {
        return b.field("被检查单位", e.getName())
                .field("统一社会信用代码", e.getCreditCode())
                .field("地址", e.getAddress())
                .field("主要负责人", e.getMainResponsiblePerson());
    }

    private static String grade(HazardGrade g) {
        return g == HazardGrade.MAJOR ? "重大事故隐患" : "一般事故隐患";
    }
}
