package cn.safety.enforcement.domain.enterprise;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.audit.AuditTrail;
import cn.safety.enforcement.domain.audit.RecordNames;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.Divisions;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.rule.RuleParameters;
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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.safety.enforcement.domain.testsupport.Violations.fieldsAndCodes;
import static cn.safety.enforcement.domain.testsupport.Violations.problemsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** The enterprise use cases (registering, revising, reassigning, taking over, reading) against the domain's rules. */
class EnterpriseUseCasesTest {

    /** 01:00 on 2 March in Beijing, still 1 March in UTC. */
    private static final Instant NOW = Instant.parse("2026-03-01T17:00:00Z");
    private static final LocalDate TODAY_IN_BEIJING = LocalDate.of(2026, 3, 2);

    private final Fixture f = new Fixture();
    private final Enterprises enterprises = mock(Enterprises.class);
    private final Divisions divisions = mock(Divisions.class);
    private final AuditTrail audit = mock(AuditTrail.class);
    private final RuleParameters rules = mock(RuleParameters.class);
    private final Clock clock = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final JurisdictionPolicy policy = new JurisdictionPolicy(f.departments, f.entrustments, clock);
    private final EnterpriseCommands commands = new EnterpriseCommands(enterprises, f.departments, policy, clock,
            events);
    private final cn.safety.enforcement.domain.division.Townships townships =
            mock(cn.safety.enforcement.domain.division.Townships.class);
    private final RegisteringEnterprise registering = new RegisteringEnterprise(commands, divisions, townships);
    private final RevisingEnterprise revising = new RevisingEnterprise(commands, divisions, townships);
    private final ReassigningEnterprise reassigning = new ReassigningEnterprise(commands);
    private final TakingOverEnterprise takingOver = new TakingOverEnterprise(commands);
    private final ReadingEnterprises reading = new ReadingEnterprises(enterprises, policy, audit,
            mock(RecordNames.class), rules, clock);

    private final Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
    private final Actor citySupervisor = f.actor(f.shijiazhuangDept, Role.SUPERVISOR);
    private final Actor cityAdmin = f.actor(f.shijiazhuangDept, Role.ADMIN);
    private final Actor luanchengInspector = f.actor(f.luanchengDept, Role.INSPECTOR);

    private long nextId = 500;

    @BeforeEach
    void answerLikeTheDatabase() {
        Map<String, Division> byCode = Stream.of(f.hebei, f.shijiazhuang, f.zhengding, f.luancheng, f.tianjin, f.binhai)
                .collect(Collectors.toMap(Division::getCode, Function.identity()));
        when(divisions.findByCode(anyString())).thenAnswer(inv -> Optional.ofNullable(byCode.get(inv.getArgument(0))));
        when(divisions.findAllByCodeIn(anyCollection())).thenAnswer(inv -> {
            Collection<String> codes = inv.getArgument(0);
            return byCode.values().stream().filter(d -> codes.contains(d.getCode())).toList();
        });
        when(enterprises.findExistingCreditCodes(anyCollection())).thenReturn(List.of());
        when(enterprises.save(any())).thenAnswer(inv -> stored(inv.getArgument(0)));
        when(enterprises.<Enterprise>saveAll(any())).thenAnswer(inv -> {
            List<Enterprise> saved = new ArrayList<>();
            Iterable<Enterprise> given = inv.getArgument(0);
            given.forEach(e -> saved.add(stored(e)));
            return saved;
        });
    }

    private Enterprise stored(Enterprise e) {
        if (e.getId() == null) {
            Reflect.withId(e, nextId++);
        }
        return e;
    }

    private static String code(String orgCode) {
        String first17 = "91130123" + orgCode;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static EnterpriseProfile profile(String name) {
        return EnterpriseProfile.basic(name, "正定县新城铺镇工业街8号", Sector.HAZARDOUS_CHEMICALS, 120, RiskGrade.ORANGE);
    }

    /** An enterprise as the database would hand it back: with an id and a version. */
    private Enterprise existing(long id, long version, String orgCode, Department department) {
        Enterprise e = Enterprise.register(CreditCode.parse(code(orgCode)), profile("原名称有限公司"), f.zhengding,
                department, "someone", NOW.minusSeconds(86_400));
        Reflect.withId(e, id);
        Reflect.set(e, "version", version);
        when(enterprises.findById(id)).thenReturn(Optional.of(e));
        return e;
    }

    /** The one event the command published. */
    private <T> T published(Class<T> type) {
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        verifyNoMoreInteractions(events);
        return type.cast(event.getValue());
    }

    // --- register ---

    @Test
    void register_saves_the_enterprise_and_publishes_that_it_was_registered() {
        Enterprise e = registering.register(inspector, code("MA0000001"), "130123", profile("正定恒泰化工有限公司"));

        EnterpriseRegistered registered = published(EnterpriseRegistered.class);
        assertThat(registered.aggregateId()).isEqualTo(e.getId());
        assertThat(registered.departmentId()).isEqualTo(3L);
        assertThat(registered.label()).isEqualTo("enterprise.EnterpriseRegistered");
        assertThat(registered.beforeFields()).isNull();
        assertThat(registered.afterFields())
                .containsEntry("id", e.getId())
                .containsEntry("creditCode", code("MA0000001"))
                .containsEntry("name", "正定恒泰化工有限公司")
                .containsEntry("divisionCode", "130123")
                .containsEntry("departmentId", 3L);
        assertThat(e.getId()).isNotNull();
        assertThat(e.getDepartmentId()).isEqualTo(3L);
        assertThat(e.getCreatedAt()).isEqualTo(NOW);
        assertThat(e.getAssignments()).singleElement()
                .satisfies(a -> assertThat(a.getAssignedBy()).isEqualTo(inspector.username()));
    }

    @Test
    void register_normalizes_the_credit_code_before_looking_for_a_duplicate() {
        Enterprise e = registering.register(inspector, "  " + code("MA0000001").toLowerCase() + " ", " 130123 ",
                profile("正定恒泰化工有限公司"));

        verify(enterprises).existsByCreditCode(code("MA0000001"));
        assertThat(e.getCreditCode()).isEqualTo(code("MA0000001"));
    }

    @Test
    void a_duplicate_credit_code_is_refused_and_nothing_is_saved_or_recorded() {
        when(enterprises.existsByCreditCode(code("MA0000001"))).thenReturn(true);

        assertThat(problemsOf(() -> registering.register(inspector, code("MA0000001"), "130123", profile("某公司"))))
                .containsExactly("creditCode:creditCode.duplicate");
        verify(enterprises, never()).save(any());
        verifyNoInteractions(events);
    }

    private cn.safety.enforcement.domain.division.Township township(long id, String name, Division county) {
        cn.safety.enforcement.domain.division.Township t = Reflect.withId(cn.safety.enforcement.domain.division
                .Township.establish(name, cn.safety.enforcement.domain.division.TownshipKind.TOWN, null, county), id);
        when(townships.findById(id)).thenReturn(Optional.of(t));
        return t;
    }

    @Test
    void registering_records_the_township_of_the_county_it_lies_in() {
        township(900L, "诸福屯镇", f.zhengding);

        Enterprise e = registering.register(inspector, code("MA0000001"), "130123", 900L, profile("正定恒泰化工有限公司"));

        assertThat(e.getTownshipId()).isEqualTo(900L);
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        assertThat(((EnterpriseRegistered) event.getValue()).after().townshipId()).isEqualTo(900L);
    }

    @Test
    void registering_in_a_township_of_another_county_or_an_unknown_one_is_refused_on_the_field() {
        township(901L, "栾城镇", f.luancheng);

        assertThat(problemsOf(() -> registering.register(inspector, code("MA0000001"), "130123", 901L,
                profile("某公司")))).containsExactly("townshipId:enterprise.township.outsideDivision");
        assertThat(problemsOf(() -> registering.register(inspector, code("MA0000001"), "130123", 999L,
                profile("某公司")))).containsExactly("townshipId:township.unknown");
        verify(enterprises, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void the_form_revises_the_township_with_the_rest_in_one_event_and_refuses_one_of_another_county() {
        township(900L, "诸福屯镇", f.zhengding);
        township(901L, "栾城镇", f.luancheng);
        Enterprise e = Reflect.withId(Enterprise.register(new CreditCode(code("MA0000001")), profile("某公司"),
                f.zhengding, f.zhengdingDept, "someone", NOW), 42L);
        when(enterprises.findById(42L)).thenReturn(Optional.of(e));

        assertThat(problemsOf(() -> revising.revise(inspector, 42L, 0, "130123", 901L, profile("某公司"))))
                .containsExactly("townshipId:enterprise.township.outsideDivision");
        assertThat(e.getTownshipId()).isNull();

        revising.revise(inspector, 42L, 0, "130123", 900L, profile("某公司改"));

        assertThat(e.getTownshipId()).isEqualTo(900L);
        assertThat(e.getName()).isEqualTo("某公司改");
        ArgumentCaptor<Object> event = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(event.capture());
        EnterpriseRevised revised = (EnterpriseRevised) event.getValue();
        assertThat(revised.before().townshipId()).isNull();
        assertThat(revised.after().townshipId()).isEqualTo(900L);
    }

    /** The credit code is held by {@code holder}: which refusal does a user of {@code own} get? */
    private List<RuleViolation.Problem> heldBy(Department holder, Department own) {
        Enterprise held = Enterprise.register(new CreditCode(code("MA0000009")), profile("某公司"), f.zhengding, holder,
                "someone", NOW);
        when(enterprises.existsByCreditCode(code("MA0000009"))).thenReturn(true);
        when(enterprises.findByCreditCode(code("MA0000009"))).thenReturn(Optional.of(held));
        when(divisions.findByCode("130123")).thenReturn(Optional.of(f.zhengding));
        Actor registrant = f.actor(own, Role.INSPECTOR);
        RuleViolation refused = cn.safety.enforcement.domain.testsupport.Violations.violationOf(
                () -> registering.register(registrant, code("MA0000009"), "130123", profile("某公司")));
        return refused.problems().stream().filter(p -> "creditCode".equals(p.field())).toList();
    }

    @Test
    void a_credit_code_held_by_a_county_beside_names_the_holder_and_their_city_which_designates() {
        Department luancheng = f.luanchengDept;
        List<RuleViolation.Problem> problems = heldBy(f.zhengdingDept, luancheng);

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.messageCode()).isEqualTo("creditCode.heldBy");
            assertThat(p.args()).containsExactly("正定县应急管理局", "石家庄市应急管理局");
        });
        verify(enterprises, never()).save(any());
    }

    @Test
    void a_credit_code_held_by_a_county_of_another_city_names_the_province() {
        Division baoding = Division.establish("130600", "保定市", f.hebei);
        Division mancheng = Division.establish("130607", "满城区", baoding);
        f.departments.add(Fixture.department(8, "保定市应急管理局", baoding));
        Department manchengDept = Fixture.department(9, "保定市满城区应急管理局", mancheng);
        f.departments.add(manchengDept);

        assertThat(heldBy(f.zhengdingDept, manchengDept)).singleElement().satisfies(p -> {
            assertThat(p.messageCode()).isEqualTo("creditCode.heldBy");
            assertThat(p.args()).containsExactly("正定县应急管理局", "河北省应急管理厅");
        });
    }

    @Test
    void an_upper_department_is_told_it_takes_over_and_a_lower_one_that_the_holder_above_reassigns() {
        assertThat(heldBy(f.zhengdingDept, f.shijiazhuangDept)).singleElement().satisfies(p -> {
            assertThat(p.messageCode()).isEqualTo("creditCode.heldBelow");
            assertThat(p.args()).containsExactly("正定县应急管理局", "石家庄市应急管理局");
        });
        assertThat(heldBy(f.hebeiDept, f.zhengdingDept)).singleElement().satisfies(p -> {
            assertThat(p.messageCode()).isEqualTo("creditCode.heldAbove");
            assertThat(p.args()).containsExactly("河北省应急管理厅");
        });
    }

    @Test
    void an_invalid_credit_code_is_refused_before_any_lookup() {
        String wrongCheck = code("MA0000001").substring(0, 17) + (code("MA0000001").endsWith("0") ? "1" : "0");

        assertThat(problemsOf(() -> registering.register(inspector, wrongCheck, "130123", profile("某公司"))))
                .containsExactly("creditCode:creditCode.checkDigit");
        verify(enterprises, never()).existsByCreditCode(anyString());
        verify(enterprises, never()).save(any());
    }

    @Test
    void registering_at_a_location_outside_the_own_area_is_refused() {
        assertThat(problemsOf(() -> registering.register(inspector, code("MA0000001"), "130124", profile("某公司"))))
                .containsExactly("divisionCode:jurisdiction.location.outside");
        verify(enterprises, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void an_unknown_or_missing_division_is_refused() {
        assertThat(problemsOf(() -> registering.register(inspector, code("MA0000001"), "999999", profile("某公司"))))
                .containsExactly("divisionCode:enterprise.division.unknown");
        assertThat(problemsOf(() -> registering.register(inspector, code("MA0000001"), "  ", profile("某公司"))))
                .containsExactly("divisionCode:enterprise.division.required");
        verify(enterprises, never()).save(any());
    }

    // --- revise ---

    @Test
    void revise_with_a_stale_version_throws_and_records_nothing() {
        Enterprise e = existing(10L, 3L, "MA0000001", f.zhengdingDept);

        assertThatThrownBy(() -> revising.revise(inspector, 10L, 2L, "130123", profile("新名称有限公司")))
                .isInstanceOf(StaleVersion.class);
        verify(enterprises, never()).save(any());
        verifyNoInteractions(events);
        assertThat(e.getName()).isEqualTo("原名称有限公司");
    }

    @Test
    void revise_with_the_current_version_records_before_and_after() {
        existing(10L, 3L, "MA0000001", f.zhengdingDept);

        Enterprise e = revising.revise(inspector, 10L, 3L, "130123", profile("新名称有限公司"));

        EnterpriseRevised revised = published(EnterpriseRevised.class);
        assertThat(revised.aggregateId()).isEqualTo(10L);
        assertThat(revised.beforeFields()).containsEntry("name", "原名称有限公司");
        assertThat(revised.afterFields()).containsEntry("name", "新名称有限公司");
        verify(enterprises).save(e);
        assertThat(e.getUpdatedAt()).isEqualTo(NOW);
    }

    @Test
    void an_upper_supervisor_may_not_revise_a_county_enterprise() {
        existing(10L, 3L, "MA0000001", f.zhengdingDept);

        assertThatThrownBy(() -> revising.revise(citySupervisor, 10L, 3L, "130123", profile("新名称有限公司")))
                .isInstanceOf(OutOfJurisdiction.class);
        verify(enterprises, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void another_county_is_told_the_enterprise_does_not_exist() {
        existing(10L, 3L, "MA0000001", f.zhengdingDept);

        assertThatThrownBy(() -> revising.revise(luanchengInspector, 10L, 3L, "130123", profile("新名称有限公司")))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reading.get(luanchengInspector, 10L)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> reading.get(luanchengInspector, 11L)).isInstanceOf(NotFound.class);
        verifyNoInteractions(events);
    }

    // --- reassign and take over ---

    @Test
    void reassign_records_the_move_with_its_reason() {
        existing(10L, 3L, "MA0000001", f.shijiazhuangDept);

        Enterprise e = reassigning.reassign(cityAdmin, 10L, 3L, 3L, " 属地管理 ");

        assertThat(e.getDepartmentId()).isEqualTo(3L);
        EnterpriseReassigned reassigned = published(EnterpriseReassigned.class);
        assertThat(reassigned.aggregateId()).isEqualTo(10L);
        assertThat(reassigned.departmentId()).isEqualTo(3L);
        assertThat(reassigned.beforeFields()).containsEntry("departmentId", 2L);
        assertThat(reassigned.afterFields()).containsEntry("departmentId", 3L).containsEntry("reason", "属地管理");
    }

    @Test
    void reassign_with_a_stale_version_changes_nothing() {
        Enterprise e = existing(10L, 3L, "MA0000001", f.shijiazhuangDept);

        assertThatThrownBy(() -> reassigning.reassign(cityAdmin, 10L, 1L, 3L, "属地管理"))
                .isInstanceOf(StaleVersion.class);
        assertThat(e.getDepartmentId()).isEqualTo(2L);
        verifyNoInteractions(events);
    }

    @Test
    void reassigning_an_invisible_enterprise_to_an_unknown_department_is_not_found_like_any_invisible_one() {
        existing(10L, 3L, "MA0000001", f.shijiazhuangDept);
        Actor zhengdingAdmin = f.actor(f.zhengdingDept, Role.ADMIN);

        assertThatThrownBy(() -> reassigning.reassign(zhengdingAdmin, 10L, null, 999L, "属地管理"))
                .isInstanceOf(NotFound.class);
        verifyNoInteractions(events);
    }

    @Test
    void take_over_moves_the_enterprise_into_the_own_department() {
        existing(10L, 3L, "MA0000001", f.zhengdingDept);

        Enterprise e = takingOver.takeOver(citySupervisor, 10L, null, "重大事故隐患");

        assertThat(e.getDepartmentId()).isEqualTo(2L);
        EnterpriseTakenOver takenOver = published(EnterpriseTakenOver.class);
        assertThat(takenOver.departmentId()).isEqualTo(2L);
        assertThat(takenOver.afterFields()).containsEntry("reason", "重大事故隐患");
    }

    // --- import: ImportingEnterprisesTest ---

    // --- list ---

    private List<Enterprise> storedRows(int count, long firstId) {
        List<Enterprise> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Enterprise e = Enterprise.register(CreditCode.parse(code(String.format("MA%07d", i + 1))),
                    profile("企业" + i), f.zhengding, f.zhengdingDept, "someone", NOW);
            rows.add(Reflect.withId(e, firstId - i));
        }
        return rows;
    }

    @Test
    void list_asks_for_one_row_more_than_the_page_and_gives_a_cursor_when_it_comes() {
        List<Enterprise> page = storedRows(21, 900);
        when(enterprises.page(any(), any(), any(), anyInt())).thenReturn(page);

        EnterpriseSlice slice = reading.list(inspector, EnterpriseFilter.none(), null, 20);

        verify(enterprises).page(new Scope(Set.of(3L)), EnterpriseFilter.none(), null, 21);
        assertThat(slice.items()).hasSize(20).containsExactlyElementsOf(page.subList(0, 20));
        assertThat(slice.next()).isEqualTo("881");
    }

    @Test
    void list_gives_no_cursor_when_no_more_rows_exist() {
        when(enterprises.page(any(), any(), any(), anyInt())).thenReturn(storedRows(20, 900));

        EnterpriseSlice exactlyFull = reading.list(inspector, EnterpriseFilter.none(), null, 20);

        assertThat(exactlyFull.items()).hasSize(20);
        assertThat(exactlyFull.next()).isNull();
    }

    @Test
    void list_gives_no_cursor_on_a_short_last_page() {
        when(enterprises.page(any(), any(), any(), anyInt())).thenReturn(storedRows(3, 900));

        EnterpriseSlice last = reading.list(inspector, EnterpriseFilter.none(), "904", 20);

        verify(enterprises).page(new Scope(Set.of(3L)), EnterpriseFilter.none(), 904L, 21);
        assertThat(last.items()).hasSize(3);
        assertThat(last.next()).isNull();
    }

    @Test
    void list_is_limited_to_what_the_actor_may_see() {
        when(enterprises.page(any(), any(), any(), anyInt())).thenReturn(List.of());

        reading.list(citySupervisor, EnterpriseFilter.none(), null, 20);

        verify(enterprises).page(new Scope(Set.of(2L, 3L, 4L)), EnterpriseFilter.none(), null, 21);
    }

    @Test
    void list_clamps_the_page_size() {
        when(enterprises.page(any(), any(), any(), anyInt())).thenReturn(List.of());

        reading.list(inspector, EnterpriseFilter.none(), null, 10_000);
        reading.list(inspector, EnterpriseFilter.none(), null, 0);

        verify(enterprises).page(any(), any(), isNull(), eq(ReadingEnterprises.MAX_PAGE + 1));
        verify(enterprises).page(any(), any(), isNull(), eq(2));
    }

    @Test
    void a_cursor_that_is_not_a_number_is_refused() {
        assertThat(problemsOf(() -> reading.list(inspector, EnterpriseFilter.none(), "abc", 20)))
                .containsExactly("after:cursor.invalid");
        verify(enterprises, never()).page(any(), any(), any(), anyInt());
    }

    // --- safety staffing ---

    @Test
    void safety_staffing_uses_the_threshold_in_force_today_in_the_enterprise_province() {
        Enterprise e = existing(10L, 0L, "MA0000001", f.zhengdingDept);
        RuleParameters.RuleValue fifty = new RuleParameters.RuleValue(SafetyStaffing.THRESHOLD_KEY,
                BigDecimal.valueOf(50), LocalDate.of(2025, 1, 1), "河北省规定");
        when(rules.require(SafetyStaffing.THRESHOLD_KEY, "130000", TODAY_IN_BEIJING)).thenReturn(fifty);

        SafetyStaffing staffing = reading.safetyStaffingOf(e);

        assertThat(staffing.threshold()).isSameAs(fifty);
        verify(rules).require(SafetyStaffing.THRESHOLD_KEY, "130000", TODAY_IN_BEIJING);
    }
}
