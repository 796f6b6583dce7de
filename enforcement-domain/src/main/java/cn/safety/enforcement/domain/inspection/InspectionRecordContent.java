package cn.safety.enforcement.domain.inspection;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentContent.Signature;
import cn.safety.enforcement.domain.enterprise.Enterprise;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * 现场检查记录 (R13): what the record of an inspection says, built from the inspection as it is completed: the enterprise
 * and the time and place, the kind (or trigger), the inspectors with their 执法证 numbers, the experts, the stages with
 * who of the enterprise was present, every checklist result in Chinese (符合 / 不符合 / 不适用, with the note; 重大事故隐患
 * items marked), the problems found, the transfers, and the signatures (images) or the refusal to sign with its witness.
 * The document is Chinese by law, whatever the reader's language.
 */
public final class InspectionRecordContent {

    public static final String TITLE = "现场检查记录";

    private InspectionRecordContent() {
    }

    /**
     * @param images the signature image of an evidence id (PNG or JPEG bytes)
     */
    public static DocumentContent of(Inspection i, Enterprise e, String departmentName, Instant completedAt,
                                     ZoneId zone, LongFunction<byte[]> images) {
        DocumentContent.Builder b = DocumentContent.builder(TITLE)
                .field("被检查单位", e.getName())
                .field("统一社会信用代码", e.getCreditCode())
                .field("地址", e.getAddress())
                .field("法定代表人", e.getLegalRepresentative())
                .field("主要负责人", e.getMainResponsiblePerson())
                .field("检查场所", e.getAddress())
                .field("检查时间", time(i.getStartedAt(), zone) + "至" + time(completedAt, zone))
                .field("检查类型", kind(i.getKind()) + (i.getTrigger() == null ? "（计划内检查）"
                        : "（计划外检查，启动原因：" + trigger(i.getTrigger()) + "）"))
                .field("检查单位", departmentName);
        List<String> inspectors = i.getInspectors().stream()
                .map(p -> p.getFullName() + "（执法证号：" + p.getCertificateNumber() + "）").toList();
        b.field("执法人员", String.join("；", inspectors));
        if (!i.getExperts().isEmpty()) {
            b.field("参加专家", String.join("；", i.getExperts().stream()
                    .map(x -> x.getName() + "（" + x.getOrganisation() + "，" + x.getSpeciality() + "）").toList()));
        }
        if (i.isKeyEnterprise() || !i.getStages().isEmpty()) {
            b.heading("检查程序");
            List<List<String>> rows = new ArrayList<>();
            if (i.isNoticeWithheld()) {
                rows.add(List.of("执法告知", "明查暗访，未事先告知（四不两直）", ""));
            }
            for (InspectionStage s : InspectionStage.values()) {
                StageRecord r = i.getStages().get(s);
                if (r != null) {
                    String present = String.join("、", r.present().stream()
                            .map(a -> attendee(a.role()) + a.name()).toList());
                    rows.add(List.of(stage(s), time(r.getAt(), zone) + (r.getNote() == null ? "" : "，" + r.getNote()),
                            present));
                }
            }
            b.table(List.of("环节", "时间及情况", "企业在场人员"), rows, List.of(2, 5, 4));
        }
        b.heading("检查情况");
        List<List<String>> results = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (InspectionResult r : i.getResults()) {
            n++;
            String item = r.getText() + (r.isMajor() ? "（重大事故隐患判定项）" : "");
            results.add(List.of(String.valueOf(n), item, r.getBasis(), result(r.getResult()),
                    r.getNote() == null ? "" : r.getNote()));
            if (r.getResult() == CheckResult.FAIL) {
                problems.add(r.getText() + (r.getNote() == null ? "" : "（" + r.getNote() + "）")
                        + (InspectionResult.MAJOR_HAZARD.equals(r.getProposedHazard()) ? "，拟列为重大事故隐患" : "")
                        + "。依据：" + r.getBasis());
            }
        }
        if (results.isEmpty()) {
            b.paragraph("本次检查未使用检查事项清单。");
        } else {
            b.table(List.of("序号", "检查事项", "依据", "结论", "说明"), results, List.of(1, 6, 4, 2, 3));
        }
        b.heading("发现的问题");
        if (problems.isEmpty()) {
            b.paragraph("未发现不符合项。");
        } else {
            for (int k = 0; k < problems.size(); k++) {
                b.paragraph((k + 1) + ". " + problems.get(k));
            }
        }
        if (!i.getTransfers().isEmpty()) {
            b.heading("移送情况");
            for (InspectionTransfer t : i.getTransfers()) {
                b.paragraph(time(t.getTransferredAt(), zone) + "移送" + t.getToDepartment() + "：" + t.getMatter());
            }
        }
        b.heading("签名");
        b.signatures(signatures(i, zone, images));
        return b.build();
    }

    /** The last signature of each signer (a signature taken again replaces the earlier one), then the refusal. */
    static List<Signature> signatures(Inspection i, ZoneId zone, LongFunction<byte[]> images) {
        Map<String, InspectionSignature> latest = new LinkedHashMap<>();
        for (InspectionSignature s : i.getSignatures()) {
            latest.put(s.getRole() + "|" + s.getName(), s);
        }
        List<Signature> out = new ArrayList<>();
        for (InspectionSignature s : latest.values()) {
            out.add(Signature.signed(role(s.getRole()), s.getName(), images.apply(s.getEvidenceId()))
                    .withEvidence(s.getEvidenceId()).on(day(s.getSignedAt(), zone)));
        }
        boolean enterpriseSigned = latest.values().stream()
                .anyMatch(s -> s.getRole() == SignatureRole.ENTERPRISE_REPRESENTATIVE);
        if (!enterpriseSigned && !i.getSignatureRefusals().isEmpty()) {
            SignatureRefusal r = i.getSignatureRefusals().get(i.getSignatureRefusals().size() - 1);
            out.add(Signature.refused("被检查单位负责人", "拒绝签字" + (r.getNote() == null ? "" : "（" + r.getNote() + "）"),
                    r.getWitness()).on(day(r.getRecordedAt(), zone)));
        }
        return out;
    }

    public static String result(CheckResult r) {
        if (r == null) {
            return "未检查";
        }
        return switch (r) {
            case PASS -> "符合";
            case FAIL -> "不符合";
            case NOT_APPLICABLE -> "不适用";
        };
    }

    static String role(SignatureRole r) {
        return switch (r) {
            case INSPECTOR -> "执法人员";
            case ENTERPRISE_REPRESENTATIVE -> "被检查单位负责人";
            case WITNESS -> "见证人";
        };
    }

    static String kind(InspectionKind k) {
        return switch (k) {
            case FULL_COVERAGE -> "全覆盖检查";
            case RANDOM -> "双随机抽查";
            case SPECIAL -> "专项检查";
            case UNANNOUNCED -> "明查暗访";
            case CROSS -> "交叉互检";
            case FOLLOW_UP -> "复查";
            case COMPLAINT_CHECK -> "举报核查";
        };
    }

    static String trigger(InspectionTrigger t) {
        return switch (t) {
            case COMPLAINT -> "投诉举报";
            case TRANSFER -> "转办交办";
            case MONITORING_ALERT -> "监测预警";
            case ACCIDENT -> "事故";
            case TEMPORARY_TASK -> "临时性重点任务";
        };
    }

    static String stage(InspectionStage s) {
        return switch (s) {
            case NOTICE -> "执法告知";
            case ONSITE -> "现场检查";
            case FEEDBACK -> "交流反馈";
        };
    }

    static String attendee(AttendeeRole r) {
        return switch (r) {
            case MAIN_RESPONSIBLE -> "主要负责人";
            case SAFETY_MANAGER -> "安全管理人员";
            case OPERATOR -> "岗位操作员工";
        };
    }

    static String time(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日" + t.getHour() + "时"
                + String.format("%02d", t.getMinute()) + "分";
    }

    static String day(Instant at, ZoneId zone) {
        ZonedDateTime t = at.atZone(zone);
        return t.getYear() + "年" + t.getMonthValue() + "月" + t.getDayOfMonth() + "日";
    }
}
