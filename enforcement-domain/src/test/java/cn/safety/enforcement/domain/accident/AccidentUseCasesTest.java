package cn.safety.enforcement.domain.accident;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** Recording accidents and duty findings: who may, what is refused, what is kept and published. */
class AccidentUseCasesTest {

    /** 01:00 on 2 March 2026 in Beijing, still 1 March in UTC. */
    private static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");
    private static final LocalDate TODAY_IN_BEIJING = LocalDate.of(2026, 3, 2);

    private final Fixture f = new Fixture();
    private final Enterprises enterprises = mock(Enterprises.class);
    private final Accidents accidents = mock(Accidents.class);
    private final DutyFindings findings = mock(DutyFindings.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final JurisdictionPolicy policy = new JurisdictionPolicy(f.departments, f.entrustments, clock);
    private final RecordingAccident recording = new RecordingAccident(accidents, enterprises, new Regulation493(),
            policy, events, clock);
    private final RecordingDutyFinding recordingFinding = new RecordingDutyFinding(findings, enterprises, policy,
            events, clock);

    private Enterprise zhengdingEnterprise;
    private Enterprise luanchengEnterprise;
    private Enterprise binhaiEnterprise;

    @BeforeEach
    void setUp() {
        zhengdingEnterprise = existing(10, "MA0000001", f.zhengding, f.zhengdingDept);
        luanchengEnterprise = existing(11, "MA0000002", f.luancheng, f.luanchengDept);
        binhaiEnterprise = existing(12, "MA0000003", f.binhai, f.binhaiDept);
        when(accidents.save(any())).thenAnswer(inv -> Reflect.withId(inv.getArgument(0), 500L));
        when(findings.save(any())).thenAnswer(inv -> Reflect.withId(inv.getArgument(0), 600L));
    }

    private Enterprise existing(long id, String orgCode, Division division, Department department) {
        String first17 = "91" + division.getCode() + orgCode;
        Enterprise e = Enterprise.register(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)),
                EnterpriseProfile.basic("测试有限公司", "某地", Sector.HAZARDOUS_CHEMICALS, 50, RiskGrade.ORANGE),
                division, department, "someone", NOW.minusSeconds(86_400 * 400L));
        Reflect.withId(e, id);
        when(enterprises.findById(id)).thenReturn(Optional.of(e));
        return e;
    }

    private static Accident.Report report(int deaths, String loss) {
        return new Accident.Report(Instant.parse("2024-05-06T01:30:00Z"), "三号车间", "机械伤害", deaths, 0,
                new BigDecimal(loss), "设备检修时未断电");
    }

    @Test
    void the_countys_inspector_records_an_accident_graded_and_published_once() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        Accident a = recording.record(inspector, 10L, report(3, "120"));

        assertThat(a.getGrade()).isEqualTo(AccidentGrade.LARGER);
        assertThat(a.getInvestigatingLevel()).isEqualTo(GovernmentLevel.CITY);
        assertThat(a.getSupervisingLevel()).isEqualTo(GovernmentLevel.PROVINCE);
        assertThat(a.getGradeBasis()).isEqualTo("accident-grade.larger.deaths");
        assertThat(a.getRuleSet()).isEqualTo("accident-grade@2007-06-01");
        assertThat(a.getCategory()).isEqualTo(AccidentCategory.MACHINERY);
        assertThat(a.getDepartmentId()).isEqualTo(f.zhengdingDept.getId());
        assertThat(a.getRecordedBy()).isEqualTo(inspector.username());
        assertThat(a.getRecordedAt()).isEqualTo(NOW);
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue()).isInstanceOfSatisfying(AccidentRecorded.class, r -> {
            assertThat(r.after().id()).isEqualTo(500L);
            assertThat(r.after().grade()).isEqualTo(AccidentGrade.LARGER);
            assertThat(r.departmentId()).isEqualTo(f.zhengdingDept.getId());
            assertThat(r.label()).isEqualTo("accident.AccidentRecorded");
        });
    }

    @Test
    void a_supervisor_of_the_department_records_too() {
        Accident a = recording.record(f.actor(f.zhengdingDept, Role.SUPERVISOR), 10L, report(0, "5000"));
        assertThat(a.getGrade()).isEqualTo(AccidentGrade.MAJOR);
    }

    @Test
    void an_enterprise_of_a_county_beside_or_another_province_is_refused_like_an_unknown_one() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        assertThat(problemsOf(() -> recording.record(inspector, 11L, report(1, "1"))))
                .containsExactly("enterpriseId:accident.enterprise.unknown");
        assertThat(problemsOf(() -> recording.record(inspector, 12L, report(1, "1"))))
                .containsExactly("enterpriseId:accident.enterprise.unknown");
        assertThat(problemsOf(() -> recording.record(inspector, 99L, report(1, "1"))))
                .containsExactly("enterpriseId:accident.enterprise.unknown");
        assertThat(problemsOf(() -> recording.record(inspector, null, report(1, "1"))))
                .containsExactly("enterpriseId:accident.enterprise.required");
        verifyNoInteractions(accidents, events);
    }

    @Test
    void the_city_above_reads_the_countys_enterprise_but_does_not_record_at_it() {
        Actor citySupervisor = f.actor(f.shijiazhuangDept, Role.SUPERVISOR);
        assertThatThrownBy(() -> recording.record(citySupervisor, 10L, report(1, "1")))
                .isInstanceOf(OutOfJurisdiction.class);
        verifyNoInteractions(accidents, events);
    }

    @Test
    void an_admin_or_legal_reviewer_without_an_enforcement_role_only_reads() {
        for (Role role : new Role[] {Role.ADMIN, Role.LEGAL_REVIEWER}) {
            Actor reader = f.actor(f.zhengdingDept, role);
            assertThatThrownBy(() -> recording.record(reader, 10L, report(1, "1")))
                    .isInstanceOf(OutOfJurisdiction.class).hasMessageContaining("enforcementStaffOnly");
            assertThatThrownBy(() -> recordingFinding.record(reader, 10L, "未落实", TODAY_IN_BEIJING))
                    .isInstanceOf(OutOfJurisdiction.class);
        }
        verifyNoInteractions(accidents, findings, events);
    }

    @Test
    void every_problem_of_a_report_is_named_at_once() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        Accident.Report bad = new Accident.Report(NOW.plusSeconds(60), " ", "交通事故", -1, null,
                new BigDecimal("-3"), null);
        assertThat(problemsOf(() -> recording.record(inspector, 10L, bad))).containsExactly(
                "occurredAt:accident.occurredAt.future", "place:accident.place.required",
                "category:accident.category.unknown", "deaths:accident.count.negative",
                "seriousInjuries:accident.count.required", "directLossTenThousandYuan:accident.directLoss.negative");
        verifyNoInteractions(accidents, events);
    }

    @Test
    void an_accident_before_the_regulation_applied_cannot_be_graded_and_is_refused_on_its_date() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        Accident.Report old = new Accident.Report(Instant.parse("2007-05-31T03:00:00Z"), "井下", "透水", 1, 0,
                BigDecimal.TEN, null);
        assertThat(problemsOf(() -> recording.record(inspector, 10L, old)))
                .containsExactly("occurredAt:accident.occurredAt.beforeRules");
    }

    @Test
    void the_day_of_the_accident_is_the_day_in_beijing() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        // 2007-05-31T16:30Z is 1 June 00:30 in Beijing: the 条例 applies
        Accident.Report justInForce = new Accident.Report(Instant.parse("2007-05-31T16:30:00Z"), "井下", "透水", 1, 0,
                BigDecimal.TEN, null);
        assertThat(recording.record(inspector, 10L, justInForce).getGrade()).isEqualTo(AccidentGrade.GENERAL);
    }

    @Test
    void a_loss_with_more_than_four_decimals_or_a_count_beyond_reason_is_refused() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        Accident.Report r = new Accident.Report(Instant.parse("2024-05-06T01:30:00Z"), "车间", "MACHINERY", 200_000,
                0, new BigDecimal("1.00001"), null);
        assertThat(problemsOf(() -> recording.record(inspector, 10L, r))).containsExactly(
                "deaths:accident.count.tooLarge", "directLossTenThousandYuan:accident.directLoss.invalid");
    }

    @Test
    void the_department_records_a_duty_finding_with_its_day() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        DutyFinding d = recordingFinding.record(inspector, 10L, "  主要负责人未组织制定安全生产规章制度  ",
                LocalDate.of(2026, 2, 10));
        assertThat(d.getFinding()).isEqualTo("主要负责人未组织制定安全生产规章制度");
        assertThat(d.getDepartmentId()).isEqualTo(f.zhengdingDept.getId());
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        assertThat(event.getValue()).isInstanceOfSatisfying(DutyFindingRecorded.class,
                r -> assertThat(r.after().foundOn()).isEqualTo(LocalDate.of(2026, 2, 10)));
    }

    @Test
    void a_duty_finding_today_in_beijing_is_not_in_the_future_but_tomorrow_is() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        assertThat(recordingFinding.record(inspector, 10L, "未落实", TODAY_IN_BEIJING).getFoundOn())
                .isEqualTo(TODAY_IN_BEIJING);
        assertThat(problemsOf(() -> recordingFinding.record(inspector, 10L, "", TODAY_IN_BEIJING.plusDays(1))))
                .containsExactly("finding:dutyFinding.finding.required", "foundOn:dutyFinding.foundOn.future");
    }

    @Test
    void a_duty_finding_elsewhere_is_not_found_and_above_is_out_of_jurisdiction() {
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        assertThatThrownBy(() -> recordingFinding.record(inspector, 11L, "x", TODAY_IN_BEIJING))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> recordingFinding.record(inspector, 12L, "x", TODAY_IN_BEIJING))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> recordingFinding.record(f.actor(f.hebeiDept, Role.SUPERVISOR), 10L, "x",
                TODAY_IN_BEIJING)).isInstanceOf(OutOfJurisdiction.class);
        verify(findings, never()).save(any());
    }

    @Test
    void reading_follows_the_enterprise_jurisdiction() {
        ReadingAccidents reading = new ReadingAccidents(accidents, findings, enterprises, policy,
                mock(cn.safety.enforcement.domain.account.UserAccounts.class));
        assertThat(reading.recordOf(f.actor(f.zhengdingDept, Role.INSPECTOR), 10L).mayRecord()).isTrue();
        assertThat(reading.recordOf(f.actor(f.shijiazhuangDept, Role.SUPERVISOR), 10L).mayRecord()).isFalse();
        assertThat(reading.recordOf(f.actor(f.zhengdingDept, Role.ADMIN), 10L).mayRecord()).isFalse();
        assertThatThrownBy(() -> reading.ofEnterprise(f.actor(f.luanchengDept, Role.SUPERVISOR), 10L))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reading.dutyFindingsOf(f.actor(f.tianjinDept, Role.ADMIN), 10L))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reading.ofEnterprise(f.actor(f.zhengdingDept, Role.INSPECTOR), 11L))
                .isInstanceOf(NotFound.class);
    }
}
