package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.account.UserAccount;
import cn.safety.enforcement.domain.account.UserAccounts;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.hazard.FindingHazard;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardSource;
import cn.safety.enforcement.domain.hazard.Hazards;
import cn.safety.enforcement.domain.hazard.MarkingOverdueHazards;
import cn.safety.enforcement.domain.hazard.OnsiteMeasure;
import cn.safety.enforcement.domain.inspection.CheckResult;
import cn.safety.enforcement.domain.inspection.Inspection;
import cn.safety.enforcement.domain.inspection.InspectionResult;
import cn.safety.enforcement.domain.inspection.InspectionStatus;
import cn.safety.enforcement.domain.inspection.Inspections;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.SimpleLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Demo mode, after the demo inspections and the enterprise accounts: hidden hazards of 正定县 and 石家庄市 in every
 * state of the loop, walked through the domain services with each act dated when the story says it happened
 * ({@link DatedHazardActs}), so that every change is in the record and every document is numbered. Dates are counted
 * back from the day of loading, so that the open deadlines lie weeks ahead whenever the demo is started.
 * <ul>
 *   <li>正定县: the failed 重大事故隐患 items of its two completed inspections — one closed after the experts'
 *       acceptance (with on-site measures decided and lifted), one whose acceptance is reported and awaits the
 *       re-check — and a hazard rectified on the spot during an inspection; an overdue major hazard of
 *       正定县鑫源建材有限公司 that the overdue job escalated and that 石家庄市 lists under 挂牌督办; a re-check that
 *       rejected a mine's rectification (rectifying again with a new deadline); a reported rectification whose re-check
 *       is late; and, for 正定县恒安化工有限公司 ({@code zd-ent}), a self-reported hazard under an extension granted by
 *       the head, an open order and a self-report not yet ordered;</li>
 *   <li>石家庄市: its complaint check's major hazard closed after acceptance, an open major hazard and an open order.</li>
 * </ul>
 * The overdue job runs twice on the way (eleven days and one day ago), notifying the inspectors and supervisors.
 * Nothing is loaded when 正定县 has a hazard already; of several nodes starting together, the one holding the lock loads.
 */
@Component
@Order(24)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class HazardDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(HazardDemoData.class);
    private static final String ZHENGDING = "130123";
    private static final String SHIJIAZHUANG = "130100";
    private static final String LOCK = "demo-hazards";
    /** Inspections older than this are not taken as the start of a story that runs to the present. */
    private static final int STORY_DAYS_MAX = 400;
    /** The stories anchored at an inspection need it to lie this many days back at least. */
    private static final int STORY_DAYS_MIN = 60;

    private final Departments departments;
    private final UserAccounts accounts;
    private final Enterprises enterprises;
    private final Inspections inspections;
    private final Hazards hazards;
    private final JurisdictionPolicy policy;
    private final DatedHazardActs acts;
    private final MarkingOverdueHazards marking;
    private final LockProvider locks;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final ZoneId zone;

    HazardDemoData(Departments departments, UserAccounts accounts, Enterprises enterprises, Inspections inspections,
                   Hazards hazards, JurisdictionPolicy policy, DatedHazardActs acts, MarkingOverdueHazards marking,
                   LockProvider locks, TransactionTemplate tx, Clock clock) {
        this.departments = departments;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.inspections = inspections;
        this.hazards = hazards;
        this.policy = policy;
        this.acts = acts;
        this.marking = marking;
        this.locks = locks;
        this.tx = tx;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    /** Who acts in the demo. */
    private record Cast(Actor zd, Actor zd2, Actor chief, Actor ent, Actor sjz, Actor sjz2, Actor sjzChief) {
    }

    /** A failed 重大事故隐患 item of a completed inspection. */
    private record Failed(long inspectionId, long checklistItemId, long enterpriseId, Instant startedAt,
                          String basis) {
    }

    /** Where a hazard's story starts: what found it, of which enterprise, and when. */
    private record Origin(Enterprise enterprise, Long inspectionId, Long checklistItemId, HazardSource source,
                          String basis, Instant found) {
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Department> county = department(ZHENGDING);
        Optional<Department> city = department(SHIJIAZHUANG);
        if (county.isEmpty() || city.isEmpty()) {
            return;
        }
        Optional<Cast> cast = cast();
        if (cast.isEmpty() || countyHasHazards(cast.get())) {
            return;
        }
        Optional<SimpleLock> lock = locks.lock(new LockConfiguration(clock.instant(), LOCK, Duration.ofMinutes(15),
                Duration.ZERO));
        if (lock.isEmpty()) {
            log.info("Demo hazards are being loaded by another node");
            return;
        }
        try {
            if (countyHasHazards(cast.get())) {
                log.info("Demo hazards were loaded by another node");
                return;
            }
            load(cast.get(), county.get(), city.get());
            log.info("Demo hazards loaded: 正定县 and 石家庄市, every state, one under 挂牌督办 by 石家庄市");
        } catch (RuntimeException e) {
            log.warn("Demo hazards not loaded completely: {}", e.toString());
        } finally {
            lock.get().unlock();
        }
    }

    private boolean countyHasHazards(Cast c) {
        return !hazards.page(policy.scopeFor(c.zd()), Hazards.HazardFilter.none(), null, 1).isEmpty();
    }

    private Optional<Cast> cast() {
        Optional<Actor> zd = actor("zd-inspector");
        Optional<Actor> zd2 = actor("zd-inspector2");
        Optional<Actor> chief = actor("zd-chief");
        Optional<Actor> ent = actor("zd-ent");
        Optional<Actor> sjz = actor("sjz-inspector");
        Optional<Actor> sjz2 = actor("sjz-inspector2");
        Optional<Actor> sjzChief = actor("sjz-supervisor");
        if (zd.isEmpty() || zd2.isEmpty() || chief.isEmpty() || ent.isEmpty() || sjz.isEmpty() || sjz2.isEmpty()
                || sjzChief.isEmpty() || !ent.get().isEnterprise()) {
            return Optional.empty();
        }
        return Optional.of(new Cast(zd.get(), zd2.get(), chief.get(), ent.get(), sjz.get(), sjz2.get(),
                sjzChief.get()));
    }

    private void load(Cast c, Department county, Department city) {
        Enterprise hengan = creditCode(PlanDemoData.CHEMICALS_CREDIT_CODE);
        Enterprise mine = creditCode(SyntheticEnterprises.creditCode(ZHENGDING, 9101));
        Enterprise xinyuan = creditCode(SyntheticEnterprises.creditCode(ZHENGDING, 9104));
        Enterprise hongda = creditCode(SyntheticEnterprises.creditCode(ZHENGDING, 9105));
        List<Failed> countyFailed = failedMajorItems(c.zd(), county);
        List<Failed> cityFailed = failedMajorItems(c.sjz(), city);
        Origin first = origin(countyFailed, 0, hengan, 150);
        Origin second = origin(countyFailed, 1, hengan, 120);
        List<Enterprise> cityOwn = cityEnterprises(c.sjz(), city);
        Origin cityFirst = origin(cityFailed, 0, cityOwn.get(0), 160);
        List<Enterprise> others = cityOwn.stream().filter(e -> !e.getId().equals(cityFirst.enterprise().getId()))
                .toList();
        Enterprise cityComplaint = others.isEmpty() ? cityFirst.enterprise() : others.get(0);
        Enterprise cityMajor = others.size() < 2 ? cityComplaint : others.get(1);

        // months back: what the inspections found, each story in its order
        closedAfterAcceptance(c, first);
        long accepted = acceptanceReported(c, second);
        onTheSpot(c, second);
        cityClosedAfterAcceptance(c, cityFirst);

        // the last weeks, in the order they happened: the overdue job runs eleven days ago and yesterday
        long overdue = overdueMajor(c, xinyuan);
        long rejected = rejectedRecheck(c, mine);
        reportedRecheckLate(c, hongda);
        long extended = extensionGranted(c, hengan);
        cityRectifying(c, cityMajor);
        marking.markAsOf(daysAgo(11, 0, 30));
        reject(c, rejected);
        report(c, second, accepted);
        extend(c, extended);
        supervise(c, overdue);
        liftAndAccept(c, second, accepted);
        orderedForHengan(c, hengan);
        cityOrdered(c, cityComplaint);
        marking.markAsOf(daysAgo(1, 0, 30));
        selfReported(c, hengan);
    }

    // ---- 正定县: the inspections' findings ----

    /** The failed major item of the first completed inspection: measures, order, plan, report, acceptance, closed. */
    private void closedAfterAcceptance(Cast c, Origin o) {
        Enterprise e = o.enterprise();
        Actor forEnterprise = forEnterprise(c, e);
        Instant t = o.found();
        long id = acts.find(t, c.zd(), new FindingHazard.Request(e.getId(), o.inspectionId(), o.checklistItemId(),
                o.source(), HazardGrade.MAJOR,
                "二号储罐区（一级重大危险源）进料管道紧急切断阀处于手动旁路状态，紧急切断功能未投用，储罐液位高高联锁无法联动关阀。",
                "二号储罐区", basis(o, "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第（五）项"),
                "企业称旁路系阀门定位器故障后临时设置，已持续约两周，未履行联锁摘除审批手续。"));
        acts.onsiteMeasures(t.plusSeconds(3600), c.zd(), id, Set.of(OnsiteMeasure.STOP_EQUIPMENT),
                "二号储罐区停止进出料作业，储罐维持现有液位；紧急切断功能恢复并经审查同意后方可恢复使用。");
        acts.order(day(t, 1, 10), c.zd(), id, date(t, 30),
                "一、更换故障阀门定位器，恢复紧急切断阀自动控制并投入使用；二、排查其他储罐区紧急切断系统和联锁回路的运行状态；"
                        + "三、建立联锁摘除与恢复审批制度，严禁擅自旁路；四、整改完成后组织专家验收，书面报告验收结论。");
        acts.plan(day(t, 3, 15), forEnterprise, id, new Hazard.Plan("恢复二号储罐区紧急切断功能，健全联锁旁路管理",
                "钱立平（安全副总经理）", new BigDecimal("86000.00"),
                "1. 采购同型号阀门定位器并更换；2. 委托仪表维保单位对储罐区安全仪表回路逐一进行联锁测试；"
                        + "3. 修订《联锁管理制度》，摘除联锁须经主要负责人审批登记；4. 组织操作人员培训考核。",
                date(t, 25)));
        long photo = acts.photo(day(t, 20, 11), forEnterprise, id, "紧急切断阀恢复投用.jpg");
        acts.report(day(t, 20, 14), forEnterprise, id,
                "已更换阀门定位器，紧急切断阀恢复自动控制；储罐区安全仪表回路联锁测试全部合格；联锁管理制度已修订下发并完成培训。",
                List.of(photo));
        acts.liftOnsiteMeasures(day(t, 22, 10), c.chief(), id,
                "经现场审查，紧急切断阀已恢复投用，联锁测试记录齐全，同意二号储罐区恢复使用。");
        long opinion = acts.photo(day(t, 25, 16), forEnterprise, id, "专家验收意见.jpg");
        acts.acceptance(day(t, 25, 17), forEnterprise, id, "张明远（高级工程师）、刘景和（注册安全工程师）、陈晓东（仪表自控专家）",
                "经现场核查和资料审查，二号储罐区紧急切断系统已恢复投用，联锁测试合格，管理制度健全，同意通过验收。",
                List.of(opinion));
        acts.verify(day(t, 28, 10), c.zd(), id, true, "经复查，重大事故隐患已整改到位，专家验收结论明确，予以销号。", null);
    }

    /** A general hazard seen during the second inspection, put right while the inspectors were there. */
    private void onTheSpot(Cast c, Origin o) {
        Enterprise e = o.enterprise();
        Instant t = o.found().plusSeconds(1800);
        long id = acts.find(t, c.zd2(), new FindingHazard.Request(e.getId(), o.inspectionId(), null, o.source(),
                HazardGrade.GENERAL, "中控室通往罐区的应急疏散通道内堆放空包装桶六只，通道宽度不足。", "中控室东侧疏散通道",
                "《中华人民共和国消防法》第二十八条", null));
        long photo = acts.photo(t.plusSeconds(1200), c.zd2(), id, "疏散通道清理后.jpg");
        acts.onTheSpot(t.plusSeconds(1500), c.zd2(), id, "企业当场组织人员将空包装桶移至指定堆放区，疏散通道恢复畅通。",
                List.of(photo));
    }

    /** The failed major item of the second inspection, months ago: measures, the order with a long deadline, the plan. */
    private long acceptanceReported(Cast c, Origin o) {
        Enterprise e = o.enterprise();
        Instant t = o.found();
        long id = acts.find(t, c.zd(), new FindingHazard.Request(e.getId(), o.inspectionId(), o.checklistItemId(),
                o.source(), HazardGrade.MAJOR,
                "一号、二号储罐进料管道紧急切断阀长期处于手动旁路状态，中控室未设置紧急切断按钮，储罐区紧急切断功能未投用。",
                "一号、二号储罐区", basis(o, "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第（五）项"),
                null));
        acts.onsiteMeasures(t.plusSeconds(3600), c.zd(), id, Set.of(OnsiteMeasure.STOP_EQUIPMENT),
                "一号、二号储罐停止进料作业，紧急切断系统改造完成并经审查同意后方可恢复使用。");
        acts.order(day(t, 1, 10), c.zd(), id, daysFromNow(25),
                "一、委托具备资质的设计单位对储罐区紧急切断系统进行安全设计诊断；二、按设计增设中控室紧急切断按钮，恢复紧急切断阀投用；"
                        + "三、改造完成后进行联锁测试，组织专家验收并书面报告。");
        acts.plan(day(t, 5, 15), forEnterprise(c, e), id, new Hazard.Plan("完成储罐区紧急切断系统改造并通过专家验收",
                "赵建国（主要负责人）", new BigDecimal("260000.00"),
                "1. 委托设计单位开展安全设计诊断；2. 按设计更换紧急切断阀执行机构、增设中控室紧急切断按钮；"
                        + "3. 改造期间储罐停止进料；4. 完成联锁测试后申请专家验收。",
                daysFromNow(20)));
        return id;
    }

    /** The same story nine days ago: the rectification reported with a photo. */
    private void report(Cast c, Origin o, long id) {
        Actor forEnterprise = forEnterprise(c, o.enterprise());
        long photo = acts.photo(daysAgo(9, 10, 0), forEnterprise, id, "中控室紧急切断按钮.jpg");
        acts.report(daysAgo(9, 11, 0), forEnterprise, id,
                "储罐区紧急切断系统已按设计完成改造，中控室增设紧急切断按钮，联锁测试合格。", List.of(photo));
    }

    /** Six days ago the head lifts the measures after review; four days ago the experts' acceptance is reported. */
    private void liftAndAccept(Cast c, Origin o, long id) {
        Actor forEnterprise = forEnterprise(c, o.enterprise());
        acts.liftOnsiteMeasures(daysAgo(6, 10, 0), c.chief(), id,
                "经现场审查，紧急切断系统改造完成、联锁测试合格，同意一号、二号储罐恢复进料。");
        long opinion = acts.photo(daysAgo(4, 15, 0), forEnterprise, id, "专家验收意见.jpg");
        acts.acceptance(daysAgo(4, 16, 0), forEnterprise, id, "孟庆华（化工工艺专家）、高立新（仪表自控专家）",
                "紧急切断系统设计诊断意见已落实，改造内容与设计一致，联锁测试记录完整，同意通过验收。", List.of(opinion));
    }

    // ---- 正定县: the last weeks ----

    /** A major hazard reported by a complaint, ordered, planned, its deadline twelve days ago passed unrectified. */
    private long overdueMajor(Cast c, Enterprise e) {
        long id = acts.find(daysAgo(45, 10, 0), c.zd(), new FindingHazard.Request(e.getId(), null, null,
                HazardSource.COMPLAINT, HazardGrade.MAJOR,
                "粉磨车间袋式除尘器未设置泄爆装置，除尘系统进出风口未设置隔爆阀，灰斗卸灰口未设置锁气卸灰装置。", "粉磨车间除尘系统",
                "《工贸企业重大事故隐患判定标准》（应急管理部令第10号）存在粉尘爆炸危险的行业领域部分",
                "举报人称车间粉尘大、除尘器曾冒火星；该企业2024年发生过一起死亡事故，需重点跟踪。"));
        acts.order(daysAgo(44, 10, 0), c.zd(), id, daysFromNow(-12),
                "一、改造完成前停止使用无泄爆装置的除尘器；二、为袋式除尘器加装泄爆装置，进出风口加装隔爆阀；"
                        + "三、灰斗加装锁气卸灰阀；四、清理车间积尘，建立定期清扫制度并记录。");
        acts.plan(daysAgo(41, 15, 0), c.zd2(), id, new Hazard.Plan("完成除尘系统泄爆、隔爆和锁气卸灰改造",
                "王建国（总经理）", new BigDecimal("120000.00"),
                "1. 订购泄爆片、隔爆阀和星型卸灰阀；2. 停产改造除尘系统；3. 改造完成后委托检测；4. 修订粉尘清扫制度。",
                daysFromNow(-13)));
        return id;
    }

    /** Eight days ago, 石家庄市 lists the overdue hazard under 挂牌督办 and issues its notice. */
    private void supervise(Cast c, long id) {
        acts.supervise(daysAgo(8, 15, 0), c.sjzChief(), id,
                "一、正定县应急管理局对该企业开展执法检查，依法查处逾期未整改行为；二、企业在督办期限内完成除尘系统泄爆、隔爆改造，"
                        + "改造完成前停止粉磨作业；三、整改完成经复查销号后，书面报告我局申请摘牌。",
                daysFromNow(22));
    }

    /** A mine's general hazard, ordered, planned and reported; the re-check rejects it ten days ago. */
    private long rejectedRecheck(Cast c, Enterprise e) {
        long id = acts.find(daysAgo(40, 9, 30), c.zd2(), new FindingHazard.Request(e.getId(), null, null,
                HazardSource.COMPLAINT, HazardGrade.GENERAL,
                "井下-120m水平两处巷道交岔口未设置避灾路线指示标识，另有一处标识被矿车刮落。", "井下-120m水平运输巷",
                "《金属非金属矿山安全规程》（GB 16423）避灾路线标识的规定", null));
        acts.order(daysAgo(39, 10, 0), c.zd2(), id, daysFromNow(-15),
                "在井下各水平巷道交岔口补齐避灾路线指示标识，标识采用反光材料并标明方向和距离。");
        acts.plan(daysAgo(37, 15, 0), c.zd2(), id, new Hazard.Plan("补齐井下避灾路线标识", "李永强（安全矿长）",
                new BigDecimal("8000.00"), "1. 全面排查各水平避灾路线标识；2. 补设并更换损坏标识；3. 纳入班组日常检查。",
                daysFromNow(-16)));
        long photo = acts.photo(daysAgo(18, 10, 0), c.zd2(), id, "避灾路线标识.jpg");
        acts.report(daysAgo(18, 11, 0), c.zd2(), id, "已在-120m水平补设避灾路线指示标识五处。", List.of(photo));
        return id;
    }

    private void reject(Cast c, long id) {
        acts.verify(daysAgo(10, 14, 0), c.zd(), id, false,
                "经复查，-120m水平东翼仍有一处交岔口未设置标识，新设标识未使用反光材料，照明不足时无法辨认。",
                daysFromNow(20));
    }

    /** A machinery plant's general hazard, reported twenty-two days ago; the county's re-check is late. */
    private void reportedRecheckLate(Cast c, Enterprise e) {
        long id = acts.find(daysAgo(30, 10, 0), c.zd2(), new FindingHazard.Request(e.getId(), null, null,
                HazardSource.COMPLAINT, HazardGrade.GENERAL,
                "机加工车间两台砂轮机防护罩缺失，其中一台托架与砂轮间距约8毫米。", "机加工车间", "《磨削机械安全规程》（GB 4674）",
                null));
        acts.order(daysAgo(29, 10, 0), c.zd2(), id, daysFromNow(-15), "为砂轮机加装防护罩，调整托架与砂轮间距，使用前检查确认。");
        acts.plan(daysAgo(28, 15, 0), c.zd2(), id, new Hazard.Plan("砂轮机防护装置符合标准", "刘志强（车间主任）",
                new BigDecimal("3500.00"), "1. 采购加装防护罩；2. 调整托架间距不大于2毫米；3. 制定砂轮机使用前检查表。",
                daysFromNow(-20)));
        long photo = acts.photo(daysAgo(22, 10, 0), c.zd2(), id, "砂轮机防护罩.jpg");
        acts.report(daysAgo(22, 11, 0), c.zd2(), id, "两台砂轮机已加装防护罩，托架间距调整至2毫米以内。", List.of(photo));
    }

    /** 恒安化工 reports its own hazard; it is ordered and planned; the deadline is extended (granted below). */
    private long extensionGranted(Cast c, Enterprise hengan) {
        long id = acts.find(daysAgo(30, 9, 0), c.ent(), new FindingHazard.Request(hengan.getId(), null, null,
                HazardSource.SELF_REPORT, HazardGrade.GENERAL, "自查发现：甲类仓库内两盏防爆照明灯具灯罩破裂，防爆性能失效。",
                "甲类仓库", "《爆炸危险环境电力装置设计规范》（GB 50058）", null));
        acts.order(daysAgo(28, 10, 0), c.zd(), id, daysFromNow(-5), "停用损坏灯具，更换为同等防爆等级的照明灯具，更换后经检验合格方可使用。");
        acts.plan(daysAgo(26, 15, 0), c.ent(), id, new Hazard.Plan("更换失效防爆灯具", "孙小军（设备主管）",
                new BigDecimal("6400.00"), "1. 停用并隔离损坏灯具回路；2. 采购同防爆等级灯具并更换；3. 更换后委托检验。",
                daysFromNow(-6)));
        return id;
    }

    /** Nine days ago 恒安化工 applies for an extension; the next day the head grants a shorter one. */
    private void extend(Cast c, long id) {
        acts.applyForExtension(daysAgo(9, 16, 0), c.ent(), id,
                "原型号防爆灯具已停产，需厂家按同等防爆等级定制，供货周期约三十天；期间已停用该区域照明，作业人员配备防爆手电。",
                daysFromNow(25));
        acts.decideExtension(daysAgo(8, 9, 30), c.chief(), id, true, daysFromNow(20),
                "同意延期。延期期间严格落实临时管控措施，甲类仓库内不得夜间作业。");
    }

    /** A complaint about 恒安化工 checked five days ago: ordered, the plan not yet in. */
    private void orderedForHengan(Cast c, Enterprise hengan) {
        long id = acts.find(daysAgo(6, 14, 0), c.zd(), new FindingHazard.Request(hengan.getId(), null, null,
                HazardSource.COMPLAINT, HazardGrade.GENERAL, "液碱装卸区紧急洗眼器水压不足，紧急喷淋喷头堵塞，无法正常使用。",
                "液碱装卸区", "《中华人民共和国安全生产法》第三十六条", "群众反映夜间装卸时有刺激性气味，现场未发现泄漏。"));
        acts.order(daysAgo(5, 10, 0), c.zd(), id, daysFromNow(25), "修复或更换紧急洗眼器和喷淋装置，建立每周试用检查记录。");
    }

    /** Yesterday 恒安化工 reported another hazard of its own, not yet ordered. */
    private void selfReported(Cast c, Enterprise hengan) {
        acts.find(daysAgo(1, 16, 0), c.ent(), new FindingHazard.Request(hengan.getId(), null, null,
                HazardSource.SELF_REPORT, HazardGrade.GENERAL, "自查发现：污水处理站调节池（有限空间）入口安全警示标志脱落。",
                "污水处理站", null, null));
    }

    // ---- 石家庄市 ----

    /** The city's complaint check found a major hazard: ordered, planned, reported, accepted by experts, closed. */
    private void cityClosedAfterAcceptance(Cast c, Origin o) {
        Enterprise e = o.enterprise();
        Instant t = o.found();
        long id = acts.find(t, c.sjz(), new FindingHazard.Request(e.getId(), o.inspectionId(), o.checklistItemId(),
                o.source(), HazardGrade.MAJOR,
                "储罐区紧急切断阀处于手动旁路状态，紧急切断功能未投用，控制系统记录显示旁路已持续约一个月。", "储罐区",
                basis(o, "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）第（五）项"), "举报线索属实。"));
        acts.order(day(t, 1, 10), c.sjz(), id, date(t, 40),
                "恢复紧急切断阀投用，建立联锁旁路审批制度，整改完成后组织专家验收并书面报告。");
        acts.plan(day(t, 3, 15), c.sjz2(), id, new Hazard.Plan("恢复储罐区紧急切断功能", "周立国（生产副总经理）",
                new BigDecimal("45000.00"), "1. 检修紧急切断阀执行机构；2. 恢复联锁投用并测试；3. 修订联锁管理制度。",
                date(t, 35)));
        long photo = acts.photo(day(t, 30, 10), c.sjz2(), id, "紧急切断阀检修后.jpg");
        acts.report(day(t, 30, 11), c.sjz2(), id, "紧急切断阀已检修并恢复联锁投用，测试合格。", List.of(photo));
        long opinion = acts.photo(day(t, 35, 15), c.sjz2(), id, "专家验收意见.jpg");
        acts.acceptance(day(t, 35, 16), c.sjz2(), id, "韩立文（化工安全专家）、马海燕（仪表自控专家）",
                "紧急切断功能已恢复，联锁测试合格，同意通过验收。", List.of(opinion));
        acts.verify(day(t, 38, 10), c.sjz(), id, true, "经复查，隐患已消除，予以销号。", null);
    }

    /** A city enterprise's major hazard from a complaint: ordered, planned, rectifying within its deadline. */
    private void cityRectifying(Cast c, Enterprise e) {
        long id = acts.find(daysAgo(15, 10, 0), c.sjz(), new FindingHazard.Request(e.getId(), null, null,
                HazardSource.COMPLAINT, HazardGrade.MAJOR,
                "污水处理站集水池、调节池等有限空间未进行辨识，未建立有限空间管理台账，入口未设置安全警示标志。", "污水处理站",
                "《中华人民共和国安全生产法》第四十一条", null));
        acts.order(daysAgo(14, 10, 0), c.sjz(), id, daysFromNow(40),
                "辨识全部有限空间并建立管理台账，入口设置安全警示标志，制定有限空间作业审批制度并配备检测和救援器材。");
        acts.plan(daysAgo(12, 15, 0), c.sjz2(), id, new Hazard.Plan("有限空间管理符合规定", "吴海军（安全部部长）",
                new BigDecimal("30000.00"), "1. 全面辨识有限空间并建台账；2. 设置警示标志；3. 配备气体检测仪和救援器材；4. 开展培训演练。",
                daysFromNow(30)));
    }

    /** A complaint about another city enterprise checked three days ago: ordered two days ago. */
    private void cityOrdered(Cast c, Enterprise e) {
        long id = acts.find(daysAgo(3, 10, 0), c.sjz(), new FindingHazard.Request(e.getId(), null, null,
                HazardSource.COMPLAINT, HazardGrade.GENERAL, "厂区消防车道被成品货物占用，通行宽度不足四米。", "成品库房东侧消防车道",
                "《中华人民共和国消防法》第二十八条", null));
        acts.order(daysAgo(2, 10, 0), c.sjz(), id, daysFromNow(28), "立即清理占用消防车道的货物，设置禁止占用标识并纳入日常巡查。");
    }

    // ---- helpers ----

    /** The enterprise's own acts: its account for 恒安化工, otherwise the county's inspector entering its papers. */
    private static Actor forEnterprise(Cast c, Enterprise e) {
        return e.getId().equals(c.ent().enterpriseId()) ? c.ent() : c.zd2();
    }

    private static String basis(Origin o, String otherwise) {
        return o.basis() == null || o.basis().isBlank() ? otherwise : o.basis();
    }

    /**
     * The failed 重大事故隐患 items of the department's completed inspections, oldest first, one per inspection, of
     * inspections old enough for a story to run from them to the present and not too old.
     */
    private List<Failed> failedMajorItems(Actor reader, Department d) {
        LocalDate today = LocalDate.now(clock);
        Instant earliest = today.minusDays(STORY_DAYS_MAX).atStartOfDay(zone).toInstant();
        Instant latest = today.minusDays(STORY_DAYS_MIN).atStartOfDay(zone).toInstant();
        List<Failed> found = tx.execute(s -> {
            List<Failed> out = new ArrayList<>();
            for (Inspection i : inspections.page(policy.scopeFor(reader),
                    new Inspections.InspectionFilter(null, earliest, latest), null, 200)) {
                if (!d.getId().equals(i.getDepartmentId()) || i.getStatus() != InspectionStatus.COMPLETED) {
                    continue;
                }
                i.getResults().stream().filter(r -> r.getResult() == CheckResult.FAIL
                                && InspectionResult.MAJOR_HAZARD.equals(r.getProposedHazard())).findFirst()
                        .ifPresent(r -> out.add(new Failed(i.getId(), r.getChecklistItemId(), i.getEnterpriseId(),
                                i.getStartedAt(), r.getBasis())));
            }
            return out;
        });
        List<Failed> sorted = new ArrayList<>(found == null ? List.of() : found);
        sorted.sort(Comparator.comparing(Failed::startedAt));
        return sorted;
    }

    /**
     * The {@code k}-th failed item as a story's origin (found two hours into the inspection), or, without one, a
     * complaint about {@code otherwise} {@code daysBack} days ago.
     */
    private Origin origin(List<Failed> failed, int k, Enterprise otherwise, int daysBack) {
        if (k < failed.size()) {
            Failed f = failed.get(k);
            Optional<Enterprise> e = enterprises.findById(f.enterpriseId());
            if (e.isPresent()) {
                return new Origin(e.get(), f.inspectionId(), f.checklistItemId(), HazardSource.INSPECTION, f.basis(),
                        f.startedAt().plusSeconds(2 * 3600));
            }
        }
        return new Origin(otherwise, null, null, HazardSource.COMPLAINT, null, daysAgo(daysBack, 10, 0));
    }

    /** The city's own enterprises it acts on, chemical plants first. */
    private List<Enterprise> cityEnterprises(Actor sjz, Department city) {
        List<Enterprise> own = new ArrayList<>(enterprises.page(policy.scopeFor(sjz), new EnterpriseFilter(null, null,
                null, null, city.getId()), null, 50).stream().filter(e -> policy.canAct(sjz, e)).toList());
        if (own.isEmpty()) {
            throw new IllegalStateException("石家庄市 has no enterprise of its own");
        }
        own.sort(Comparator.comparing((Enterprise e) -> e.getSector() != Sector.HAZARDOUS_CHEMICALS)
                .thenComparing(Enterprise::getId));
        return own;
    }

    private Enterprise creditCode(String code) {
        return enterprises.findByCreditCode(code)
                .orElseThrow(() -> new IllegalStateException("no demo enterprise with credit code " + code));
    }

    private Optional<Department> department(String code) {
        return departments.findByDivisionCodes(List.of(code)).stream().filter(d -> !d.isEntrustedOrganisation())
                .findFirst();
    }

    /** The actor of a demo account in its own department (an enterprise's account as that enterprise). */
    private Optional<Actor> actor(String username) {
        Optional<UserAccount> user = accounts.findByUsername(username);
        if (user.isEmpty()) {
            return Optional.empty();
        }
        UserAccount u = user.get();
        return departments.findById(u.getDepartmentId()).map(d -> u.isOfEnterprise()
                ? Actor.ofEnterprise(u.getId(), u.getUsername(), d.getId(), d.getLevel(), d.getLocation(),
                u.getEnterpriseId())
                : new Actor(u.getId(), u.getUsername(), d.getId(), d.getLevel(), d.getLocation(), u.getRoles(),
                d.isEntrustedOrganisation()));
    }

    /** {@code days} before today at {@code hour}:{@code minute} in the departments' time zone. */
    private Instant daysAgo(int days, int hour, int minute) {
        return LocalDate.now(clock).minusDays(days).atTime(hour, minute).atZone(zone).toInstant();
    }

    /** The day {@code days} after today (before it, when negative). */
    private LocalDate daysFromNow(int days) {
        return LocalDate.now(clock).plusDays(days);
    }

    /** {@code days} after the day of {@code start}, at {@code hour}:00. */
    private Instant day(Instant start, int days, int hour) {
        return date(start, days).atTime(hour, 0).atZone(zone).toInstant();
    }

    private LocalDate date(Instant start, int days) {
        return LocalDate.ofInstant(start, zone).plusDays(days);
    }
}
