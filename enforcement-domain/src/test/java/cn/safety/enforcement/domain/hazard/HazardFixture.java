package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.calendar.Deadline;
import cn.safety.enforcement.domain.calendar.PeriodUnit;
import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.rule.RuleParameters.RuleValue;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Hazards of a 正定县 enterprise at each state of the loop, on 2026-06-01. */
final class HazardFixture {

    static final Instant NOW = Instant.parse("2026-06-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    static final RuleValue TEN_DAYS = new RuleValue("hazard.recheck-calendar-days.major", BigDecimal.TEN,
            LocalDate.of(2008, 2, 1), "《安全生产事故隐患排查治理暂行规定》第二十三条");
    static final Hazard.Recheck RECHECK = new Hazard.Recheck(new Deadline(TODAY, 10, PeriodUnit.CALENDAR_DAYS,
            LocalDate.of(2026, 6, 11), false), TEN_DAYS);
    static final List<Long> PHOTO = List.of(501L);
    /** The evidence attached to the hazard. */
    static final java.util.Set<Long> OWN = java.util.Set.of(501L, 502L);

    final Fixture f = new Fixture();
    final Enterprise enterprise;

    HazardFixture() {
        String code = "91130123MA0000001";
        EnterpriseProfile p = new EnterpriseProfile("某化工公司", "某地址", Sector.HAZARDOUS_CHEMICALS, 50, null, null,
                null, true, 1, 0, null, RiskGrade.RED, 0, null);
        enterprise = Reflect.withId(Enterprise.register(new CreditCode(code + CreditCode.checkCharacter(code)), p,
                f.zhengding, f.zhengdingDept, "zd-inspector", NOW), 77L);
    }

    Hazard found(HazardGrade grade) {
        return Reflect.withId(Hazard.find(new Hazard.Finding(3, enterprise, null, null, HazardSource.COMPLAINT, grade,
                "储罐区可燃气体报警器失效", "储罐区", "《危险化学品企业重大事故隐患判定标准》", "企业负责人态度消极",
                "zd-inspector", NOW)), 900L);
    }

    Hazard ordered(HazardGrade grade) {
        Hazard h = found(grade);
        h.order(h.prepareOrder("更换报警器并联锁", deadline(DUE), "指令书确定的日期", TODAY), 1, "正应急责改〔2026〕1号",
                "zd-inspector", NOW);
        return h;
    }

    Hazard rectifying(HazardGrade grade) {
        Hazard h = ordered(grade);
        h.plan(plan(), "zd-ent", NOW);
        return h;
    }

    Hazard reported(HazardGrade grade) {
        Hazard h = rectifying(grade);
        h.reportRectification("已更换报警器", PHOTO, OWN, RECHECK, "zd-ent", NOW);
        return h;
    }

    Hazard acceptanceReported() {
        Hazard h = reported(HazardGrade.MAJOR);
        h.reportAcceptance("王专家、李专家", "整改合格", List.of(502L), OWN, RECHECK, "zd-ent", NOW);
        return h;
    }

    static Hazard.Plan plan() {
        return new Hazard.Plan("消除报警失效隐患", "张安全", new BigDecimal("30000"), "更换报警器、联锁改造",
                DUE.minusDays(2));
    }

    static Deadline deadline(LocalDate due) {
        return new Deadline(TODAY, (int) java.time.temporal.ChronoUnit.DAYS.between(TODAY, due),
                PeriodUnit.CALENDAR_DAYS, due, false);
    }
}
