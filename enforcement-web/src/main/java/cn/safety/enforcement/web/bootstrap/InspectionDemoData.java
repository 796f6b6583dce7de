package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.inspection.ApprovingInspection;
import cn.safety.enforcement.domain.inspection.Attendee;
import cn.safety.enforcement.domain.inspection.AttendeeRole;
import cn.safety.enforcement.domain.inspection.CollectingEvidence;
import cn.safety.enforcement.domain.inspection.CompletingInspection;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionResult;
import cn.safety.enforcement.domain.inspection.Inspections;
import cn.safety.enforcement.domain.inspection.RecordingResult;
import cn.safety.enforcement.domain.inspection.RecordingStage;
import cn.safety.enforcement.domain.inspection.SigningInspection;
import cn.safety.enforcement.domain.inspection.StartingInspection;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.plan.Plan;
import cn.safety.enforcement.domain.plan.PlanItemKind;
import cn.safety.enforcement.domain.plan.PlanItemRow;
import cn.safety.enforcement.domain.plan.PlanItems;
import cn.safety.enforcement.domain.plan.Plans;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode, after the demo plans and draw: inspections at the site in 2026. In 正定县, two completed inspections of
 * chemical enterprises of the approved plan's key list (results with one 不符合 on a 重大事故隐患 item, a photo, the three
 * stages, the signatures, the issued 现场检查记录) and one still in progress; in 石家庄市, one completed complaint check
 * (approved by the supervisor first). Nothing is loaded when 正定县 already has an inspection in 2026.
 */
@Component
@Order(22)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class InspectionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InspectionDemoData.class);
    private static final String ZHENGDING = "130123";
    private static final String SHIJIAZHUANG = "130100";

    private final Departments departments;
    private final UserAccounts accounts;
    private final Plans plans;
    private final PlanItems items;
    private final Enterprises enterprises;
    private final Inspections inspections;
    private final JurisdictionPolicy policy;
    private final StartingInspection starting;
    private final ApprovingInspection approving;
    private final RecordingStage stages;
    private final RecordingResult results;
    private final CollectingEvidence evidence;
    private final SigningInspection signing;
    private final CompletingInspection completing;
    private final ZoneId zone;

    InspectionDemoData(Departments departments, UserAccounts accounts, Plans plans, PlanItems items,
                       Enterprises enterprises, Inspections inspections, JurisdictionPolicy policy,
                       StartingInspection starting, ApprovingInspection approving, RecordingStage stages,
                       RecordingResult results, CollectingEvidence evidence, SigningInspection signing,
                       CompletingInspection completing, Clock clock) {
        this.departments = departments;
        this.accounts = accounts;
        this.plans = plans;
        this.items = items;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.policy = policy;
        this.starting = starting;
        this.approving = approving;
        this.stages = stages;
        this.results = results;
        this.evidence = evidence;
        this.signing = signing;
        this.completing = completing;
        this.zone = clock.getZone();
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Department> county = department(ZHENGDING);
        Optional<Department> city = department(SHIJIAZHUANG);
        if (county.isEmpty() || city.isEmpty()) {
            return;
        }
        Optional<Actor> zd = actor("zd-inspector", county.get());
        Optional<Actor> zd2 = actor("zd-inspector2", county.get());
        if (zd.isEmpty() || zd2.isEmpty() || !inspections.page(policy.scopeFor(zd.get()),
                new Inspections.InspectionFilter(null, at(2026, 1, 1, 0), at(2027, 1, 1, 0)), null, 1).isEmpty()) {
            return;
        }
        try {
            loadCounty(county.get(), zd.get(), zd2.get());
            actor("sjz-inspector", city.get()).ifPresent(sjz -> actor("sjz-inspector2", city.get())
                    .ifPresent(sjz2 -> actor("sjz-supervisor", city.get())
                            .ifPresent(chief -> loadCity(city.get(), sjz, sjz2, chief))));
            log.info("Demo inspections loaded: 正定县 and 石家庄市, 2026");
        } catch (RuntimeException e) {
            log.warn("Demo inspections not loaded completely: {}", e.toString());
        }
    }

    private void loadCounty(Department county, Actor zd, Actor zd2) {
        Optional<Plan> plan = plans.current(county.getId(), 2026);
        if (plan.isEmpty()) {
            return;
        }
        List<PlanItemRow> chemical = new ArrayList<>();
        for (PlanItemRow row : items.page(plan.get().getId(), PlanItemKind.KEY, null, 500)) {
            enterprises.findById(row.enterpriseId()).filter(e -> e.getSector() == Sector.HAZARDOUS_CHEMICALS)
                    .ifPresent(e -> chemical.add(row));
            if (chemical.size() == 3) {
                break;
            }
        }
        int[][] days = {{3, 12}, {5, 20}, {11, 24}};
        for (int k = 0; k < chemical.size(); k++) {
            Instant started = at(2026, days[k][0], days[k][1], 9);
            Inspection i = starting.start(zd, new StartingInspection.Request(null, chemical.get(k).id(),
                    "FULL_COVERAGE", null, false, List.of("zd-inspector", "zd-inspector2"), List.of(), started,
                    true)).file().inspection();
            boolean complete = k < 2;
            record(zd, zd2, i, started, complete, true);
        }
    }

    private void loadCity(Department city, Actor sjz, Actor sjz2, Actor chief) {
        List<Enterprise> own = enterprises.page(policy.scopeFor(sjz), new EnterpriseFilter(null, null,
                Sector.HAZARDOUS_CHEMICALS, null, city.getId()), null, 20);
        Optional<Enterprise> target = own.stream().filter(e -> policy.canAct(sjz, e)).findFirst();
        if (target.isEmpty()) {
            return;
        }
        Instant started = at(2026, 6, 16, 14);
        Inspection i = starting.start(sjz, new StartingInspection.Request(target.get().getId(), null,
                "COMPLAINT_CHECK", "COMPLAINT", false, List.of("sjz-inspector", "sjz-inspector2"), List.of(),
                started, true)).file().inspection();
        approving.approve(chief, i.getId(), null);
        record(sjz, sjz2, i, started, true, false);
    }

    /** Stages (key enterprises), results with one failure, a photo, signatures and, when asked, completion. */
    private void record(Actor first, Actor second, Inspection i, Instant started, boolean complete, boolean key) {
        if (key) {
            List<Attendee> present = List.of(new Attendee(AttendeeRole.MAIN_RESPONSIBLE, "赵建国"),
                    new Attendee(AttendeeRole.SAFETY_MANAGER, "钱立平"), new Attendee(AttendeeRole.OPERATOR, "孙小军"));
            stages.record(first, i.getId(), "NOTICE", started, "出示执法证件，告知检查依据、内容和权利义务", present, null);
            stages.record(first, i.getId(), "ONSITE", started.plusSeconds(15 * 60), "对照检查事项清单逐项检查",
                    present, null);
            if (complete) {
                stages.record(first, i.getId(), "FEEDBACK", started.plusSeconds(3 * 3600),
                        "反馈检查发现的问题，提出整改要求", present, null);
            }
        }
        List<InspectionResult> all = i.getResults();
        int upTo = complete ? all.size() : Math.min(5, all.size());
        for (int k = 0; k < upTo; k++) {
            long item = all.get(k).getChecklistItemId();
            String result = k == 3 ? "FAIL" : k == 6 ? "NOT_APPLICABLE" : "PASS";
            String note = k == 3 ? "二号储罐区紧急切断阀处于手动旁路状态，未投用" : k == 6 ? "企业无此类装置" : null;
            results.record(k % 2 == 0 ? first : second, i.getId(), item, result, note, null);
            if (k == 3) {
                evidence.attach(first, i.getId(), item, "储罐区紧急切断阀.jpg", new ByteArrayInputStream(photo()));
            }
        }
        if (!complete) {
            return;
        }
        for (var p : i.getInspectors()) {
            Actor who = p.getUsername().equals(first.username()) ? first : second;
            signing.sign(who, i.getId(), "INSPECTOR", p.getFullName(), "signature.png",
                    new ByteArrayInputStream(signature(p.getFullName().hashCode())));
        }
        signing.sign(first, i.getId(), "ENTERPRISE_REPRESENTATIVE", "赵建国", "signature.png",
                new ByteArrayInputStream(signature(42)));
        completing.complete(first, i.getId());
    }

    private Optional<Department> department(String code) {
        return departments.findByDivisionCodes(List.of(code)).stream().filter(d -> !d.isEntrustedOrganisation())
                .findFirst();
    }

    private Optional<Actor> actor(String username, Department d) {
        Optional<UserAccount> user = accounts.findByUsername(username);
        return user.map(u -> new Actor(u.getId(), u.getUsername(), d.getId(), d.getLevel(), d.getLocation(),
                u.getRoles()));
    }

    private Instant at(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 30).atZone(zone).toInstant();
    }

    /** A small photo: a tank and a valve, drawn. */
    static byte[] photo() {
        BufferedImage img = new BufferedImage(480, 360, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(170, 190, 205));
        g.fillRect(0, 0, 480, 360);
        g.setColor(new Color(120, 125, 130));
        g.fillRect(0, 280, 480, 80);
        g.setColor(new Color(225, 228, 230));
        g.fillRoundRect(60, 90, 220, 200, 40, 40);
        g.setColor(new Color(200, 40, 30));
        g.fillRect(300, 200, 60, 30);
        g.fillOval(315, 170, 30, 30);
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(8));
        g.drawLine(280, 215, 300, 215);
        g.drawLine(360, 215, 470, 215);
        g.dispose();
        return encode(img, "jpg");
    }

    /** A handwritten-looking stroke, different per signer. */
    static byte[] signature(int seed) {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(17, 24, 39));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        int x = 20;
        int y = 70;
        int s = Math.abs(seed);
        for (int k = 0; k < 8; k++) {
            int nx = x + 25 + (s >> k) % 12;
            int ny = 30 + ((s >> (k + 3)) % 60);
            g.drawLine(x, y, nx, ny);
            x = nx;
            y = ny;
        }
        g.drawLine(20, 100, x, 95);
        g.dispose();
        return encode(img, "png");
    }

    private static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(img, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
