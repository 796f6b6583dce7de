package cn.safety.enforcement.web.document;

import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentContent.Signature;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** A 现场检查记录 as the inspection line will build it, for the renderer's tests and the benchmark. */
public final class SampleDocuments {

    public static final String PARTY = "石家庄正定恒信化工有限公司";

    private SampleDocuments() {
    }

    public static DocumentContent inspectionRecord(int items) {
        List<List<String>> rows = new ArrayList<>();
        String[][] samples = {
                {"危险化学品生产、经营单位主要负责人和安全生产管理人员未依法经考核合格。", "安监总管三〔2017〕121号 第（一）项", "符合", ""},
                {"特种作业人员未持证上岗。", "安监总管三〔2017〕121号 第（二）项", "不符合",
                        "二号车间电工王某的特种作业操作证已于2025年12月过期，现场无法出示有效证件。"},
                {"涉及“两重点一重大”的生产装置、储存设施外部安全防护距离不符合国家标准要求。",
                        "安监总管三〔2017〕121号 第（三）项", "不适用", "企业不涉及重点监管危险工艺"},
                {"涉及重点监管危险化工工艺的装置未实现自动化控制，系统未实现紧急停车功能，装备的自动化控制系统、紧急停车系统未投入使用。",
                        "安监总管三〔2017〕121号 第（四）项", "符合", "DCS系统运行正常，SIS联锁投用率100%。"},
        };
        for (int i = 0; i < items; i++) {
            String[] s = samples[i % samples.length];
            rows.add(List.of(String.valueOf(i + 1), s[0], s[1], s[2], s[3]));
        }
        return DocumentContent.builder("现场检查记录")
                .field("被检查单位", PARTY)
                .field("地址", "河北省石家庄市正定县新城铺镇工业园区纬二路18号")
                .field("法定代表人（负责人）", "张建国")
                .field("统一社会信用代码", "91130123MA0FXXXX1K")
                .field("检查场所", "二号生产车间、甲类仓库、中控室")
                .field("检查时间", "2026年3月5日9时30分至11时45分")
                .field("检查人员及执法证号", "李执法（冀执1301230001）、王检查（冀执1301230002）")
                .heading("检查情况")
                .paragraph("我们是正定县应急管理局执法人员，依据《中华人民共和国安全生产法》第六十五条的规定，对你单位进行现场检查，"
                        + "出示了执法证件，告知了检查事项。检查依据化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）逐项检查，结果如下：")
                .table(List.of("序号", "检查事项", "依据", "结果", "说明"), rows, List.of(5, 34, 22, 8, 31))
                .paragraph("以上记录经被检查单位现场负责人核对无误。Inspection carried out according to the checklist "
                        + "HC-121 version 1; photographs 1-3 attached as evidence.")
                .signatures(Signature.signed("执法人员", "李执法", signature("李执法")).on("2026年3月5日"),
                        Signature.signed("执法人员", "王检查", signature("王检查")).on("2026年3月5日"),
                        Signature.refused("被检查单位现场负责人", "张建国", "正定县新城铺镇安监站 赵见证"))
                .build();
    }

    /** A handwritten-looking signature image. */
    public static byte[] signature(String seed) {
        BufferedImage image = new BufferedImage(360, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(20, 30, 90));
        g.setStroke(new BasicStroke(5, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int h = Math.abs(seed.hashCode());
        int x = 20;
        int y = 70;
        for (int i = 0; i < 9; i++) {
            int nx = x + 25 + (h >> i) % 20;
            int ny = 30 + (h >> (i * 2)) % 60;
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
