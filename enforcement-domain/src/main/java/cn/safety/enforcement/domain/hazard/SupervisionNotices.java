package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.IssuingDocuments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.jurisdiction.UnderJurisdiction;

import java.time.LocalDate;

/**
 * 挂牌督办通知书 (004§23: 下达挂牌督办文件，提出明确督办要求): what it says, in Chinese whatever the reader's language, and
 * whose document it is — the supervising department's, numbered in its own counter, about the hazard where it lies.
 */
public final class SupervisionNotices {

    private SupervisionNotices() {
    }

    /** The notice as a subject of the document machinery: the department above issues it; it lies where the hazard does. */
    public record Subject(long supervisingDepartmentId, Location location, Long townshipId)
            implements UnderJurisdiction {

        static Subject of(Hazard h, long supervisingDepartmentId) {
            return new Subject(supervisingDepartmentId, h.getLocation(), h.getTownshipId());
        }

        @Override
        public long assignedDepartmentId() {
            return supervisingDepartmentId;
        }

        @Override
        public Location location() {
            return location;
        }
    }

    public static DocumentContent content(Hazard h, Enterprise e, Department hazardDepartment,
                                          String supervisingDepartmentName, Hazard.SupervisionNotice notice,
                                          LocalDate today) {
        String why = h.getGrade() == HazardGrade.MAJOR ? "重大事故隐患" : "逾期未整改的事故隐患";
        DocumentContent.Builder b = DocumentContent.builder("挂牌督办通知书")
                .field("督办对象", hazardDepartment.getName())
                .field("责任单位", e.getName())
                .field("统一社会信用代码", e.getCreditCode())
                .field("地址", e.getAddress())
                .field("主要负责人", e.getMainResponsiblePerson())
                .field("隐患等级", h.getGrade() == HazardGrade.MAJOR ? "重大事故隐患" : "一般事故隐患")
                .field("隐患部位", h.getPlace())
                .field("隐患描述", h.getDescription())
                .field("原整改期限", h.getDueOn() == null ? "" : IssuingDocuments.printed(h.getDueOn()))
                .paragraph("上述" + why + "由本单位挂牌督办。请" + hazardDepartment.getName()
                        + "落实监管责任，督促责任单位按照下列要求于" + IssuingDocuments.printed(notice.deadline())
                        + "前完成整改，整改完毕经复查销号后报本单位摘牌。")
                .heading("督办要求")
                .paragraph(notice.requirements());
        return b.field("督办单位", supervisingDepartmentName)
                .field("日期", IssuingDocuments.printed(today))
                .build();
    }
}
