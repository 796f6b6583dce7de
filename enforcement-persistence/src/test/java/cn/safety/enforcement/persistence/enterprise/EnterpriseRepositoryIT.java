package cn.safety.enforcement.persistence.enterprise;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RevisingEnterprise;
import cn.safety.enforcement.domain.enterprise.TakingOverEnterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseSlice;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.persistence.PersistenceIT;
import cn.safety.enforcement.persistence.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static cn.safety.enforcement.persistence.TestData.actorOf;
import static cn.safety.enforcement.persistence.TestData.inspectorOf;
import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseRepositoryIT extends PersistenceIT {

    @Autowired
    Enterprises enterprises;

    @Autowired
    RegisteringEnterprise registering;

    @Autowired
    ReadingEnterprises reading;

    @Autowired
    RevisingEnterprise revising;

    @Autowired
    TakingOverEnterprise takingOver;

    @Autowired
    DepartmentService departmentService;

    TestData data;

    @BeforeEach
    void setUp() {
        data = new TestData(departmentService, registering);
    }

    // ---- scope -------------------------------------------------------------------------------------------------

    @Test
    void the_list_never_shows_an_enterprise_of_a_department_outside_the_scope() {
        String token = TestData.unique();
        Department a = data.department("正定县", "130123");
        Department b = data.department("正定县", "130123");
        List<Long> ofA = ids(data.enterprise(a, token + "甲一"), data.enterprise(a, token + "甲二"),
                data.enterprise(a, token + "甲三"));
        List<Long> ofB = ids(data.enterprise(b, token + "乙一"), data.enterprise(b, token + "乙二"));

        EnterpriseFilter byToken = filter(token);
        assertThat(idsOf(enterprises.page(scope(a), byToken, null, 50))).containsExactlyInAnyOrderElementsOf(ofA);
        assertThat(idsOf(enterprises.page(scope(b), byToken, null, 50))).containsExactlyInAnyOrderElementsOf(ofB);
        assertThat(idsOf(enterprises.page(scope(a, b), byToken, null, 50)))
                .containsExactlyInAnyOrderElementsOf(concat(ofA, ofB));
        // Without any filter the scope alone decides: everything of A, nothing of B.
        assertThat(enterprises.page(scope(a), EnterpriseFilter.none(), null, 50))
                .extracting(Enterprise::getDepartmentId).containsOnly(a.getId());
        assertThat(idsOf(enterprises.page(scope(a), EnterpriseFilter.none(), null, 50)))
                .containsExactlyInAnyOrderElementsOf(ofA);
    }

    @Test
    void a_department_filter_cannot_reach_outside_the_scope() {
        Department a = data.department("正定县", "130123");
        Department b = data.department("正定县", "130123");
        data.enterprise(a, "范围内企业" + TestData.unique());
        data.enterprise(b, "范围外企业" + TestData.unique());

        EnterpriseFilter onlyB = new EnterpriseFilter(null, null, null, null, b.getId());
        assertThat(enterprises.page(scope(a), onlyB, null, 50)).isEmpty();
        assertThat(enterprises.page(new Scope(Set.of()), EnterpriseFilter.none(), null, 50)).isEmpty();
    }

    @Test
    void an_inspector_lists_only_the_enterprises_of_their_own_department() {
        Department own = data.department("正定县", "130123");
        Department other = data.department("正定县", "130123");
        List<Long> mine = ids(data.enterprise(own, "本部门甲"), data.enterprise(own, "本部门乙"));
        data.enterprise(other, "其他部门丙");

        EnterpriseSlice slice = reading.list(inspectorOf(own), EnterpriseFilter.none(), null, 50);

        assertThat(idsOf(slice.items())).containsExactlyInAnyOrderElementsOf(mine);
        assertThat(slice.next()).isNull();
    }

    @Test
    void a_supervisor_sees_the_departments_below_but_never_the_department_above() {
        String token = TestData.unique();
        Department city = data.department("石家庄市", "130100");
        Department county = data.department("正定县", "130123");
        long ofCity = data.enterprise(city, "130102", token + "市管企业", Sector.MINING, RiskGrade.RED).getId();
        long ofCounty = data.enterprise(county, token + "县管企业").getId();

        Actor citySupervisor = actorOf(city, Role.SUPERVISOR);
        Actor countySupervisor = actorOf(county, Role.SUPERVISOR);

        assertThat(idsOf(reading.list(citySupervisor, filter(token), null, 50).items()))
                .containsExactlyInAnyOrder(ofCity, ofCounty);
        assertThat(idsOf(reading.list(countySupervisor, filter(token), null, 50).items()))
                .containsExactly(ofCounty);
    }

    // ---- keyset pagination -------------------------------------------------------------------------------------

    @Test
    void pages_follow_each_other_newest_first_without_duplicates_or_gaps() {
        Department d = data.department("正定县", "130123");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            created.add(data.enterprise(d, "分页企业" + i).getId());
        }
        Actor inspector = inspectorOf(d);

        EnterpriseSlice first = reading.list(inspector, EnterpriseFilter.none(), null, 10);
        EnterpriseSlice second = reading.list(inspector, EnterpriseFilter.none(), first.next(), 10);
        EnterpriseSlice third = reading.list(inspector, EnterpriseFilter.none(), second.next(), 10);

        assertThat(first.items()).hasSize(10);
        assertThat(second.items()).hasSize(10);
        assertThat(third.items()).hasSize(5);
        assertThat(first.next()).isEqualTo(String.valueOf(first.items().get(9).getId()));
        assertThat(second.next()).isEqualTo(String.valueOf(second.items().get(9).getId()));
        assertThat(third.next()).isNull();

        List<Long> all = concat(idsOf(first.items()), idsOf(second.items()), idsOf(third.items()));
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(all).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst);
    }

    @Test
    void a_full_last_page_has_no_cursor_to_a_next_one() {
        Department d = data.department("正定县", "130123");
        for (int i = 0; i < 6; i++) {
            data.enterprise(d, "整页企业" + i);
        }
        Actor inspector = inspectorOf(d);

        EnterpriseSlice exact = reading.list(inspector, EnterpriseFilter.none(), null, 6);
        EnterpriseSlice oneShort = reading.list(inspector, EnterpriseFilter.none(), null, 5);

        assertThat(exact.items()).hasSize(6);
        assertThat(exact.next()).isNull();
        assertThat(oneShort.items()).hasSize(5);
        assertThat(oneShort.next()).isNotNull();
        assertThat(reading.list(inspector, EnterpriseFilter.none(), oneShort.next(), 5).items()).hasSize(1);
    }

    @Test
    void an_enterprise_registered_while_paging_does_not_shift_the_pages_that_follow() {
        Department d = data.department("正定县", "130123");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            created.add(data.enterprise(d, "翻页中企业" + i).getId());
        }
        Actor inspector = inspectorOf(d);

        EnterpriseSlice first = reading.list(inspector, EnterpriseFilter.none(), null, 5);
        long newcomer = data.enterprise(d, "翻页中新登记").getId();
        EnterpriseSlice second = reading.list(inspector, EnterpriseFilter.none(), first.next(), 5);
        EnterpriseSlice third = reading.list(inspector, EnterpriseFilter.none(), second.next(), 5);

        List<Long> all = concat(idsOf(first.items()), idsOf(second.items()), idsOf(third.items()));
        List<Long> newestFirst = new ArrayList<>(created);
        Collections.reverse(newestFirst);
        assertThat(all).doesNotHaveDuplicates().containsExactlyElementsOf(newestFirst).doesNotContain(newcomer);
        assertThat(third.next()).isNull();
    }

    // ---- filters -----------------------------------------------------------------------------------------------

    /**
     * Five enterprises in four departments: a county and a city department of 石家庄, a county of 唐山 and a district
     * of the municipality 天津.
     */
    record Fixture(Scope scope, String token, Department county, Department city, Department tangshan,
                   Department tianjin, Enterprise zhengding, Enterprise changan, Enterprise atCity,
                   Enterprise lubei, Enterprise binhai) {
    }

    private Fixture fixture() {
        String t = TestData.unique();
        Department county = data.department("正定县", "130123");
        Department city = data.department("石家庄市", "130100");
        Department tangshan = data.department("路北区", "130203");
        Department tianjin = data.department("滨海新区", "120116");
        Enterprise zhengding = data.enterprise(county, "130123", t + "正定矿业有限公司", Sector.MINING, RiskGrade.RED);
        Enterprise changan = data.enterprise(city, "130102", t + "长安化工有限公司", Sector.HAZARDOUS_CHEMICALS,
                RiskGrade.ORANGE);
        // the city department keeps an enterprise of another of its counties (桥西区)
        Enterprise atCity = data.enterprise(city, "130104", t + "石家庄烟花有限公司", Sector.FIREWORKS,
                RiskGrade.YELLOW);
        Enterprise lubei = data.enterprise(tangshan, "130203", t + "路北矿业有限公司", Sector.MINING, RiskGrade.BLUE);
        Enterprise binhai = data.enterprise(tianjin, "120116", t + "滨海燃气有限公司", Sector.GAS, RiskGrade.RED);
        return new Fixture(scope(county, city, tangshan, tianjin), t, county, city, tangshan, tianjin,
                zhengding, changan, atCity, lubei, binhai);
    }

    private List<Long> list(Fixture f, EnterpriseFilter filter) {
        return idsOf(enterprises.page(f.scope(), filter, null, 50));
    }

    @Test
    void the_fixture_lists_all_five_enterprises_without_a_filter() {
        Fixture f = fixture();
        assertThat(list(f, EnterpriseFilter.none())).containsExactly(ids(f.binhai(), f.lubei(), f.atCity(),
                f.changan(), f.zhengding()).toArray(Long[]::new));
    }

    @Test
    void the_sector_filter_keeps_only_that_sector() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, null, Sector.MINING, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding(), f.lubei()));
        assertThat(list(f, new EnterpriseFilter(null, null, Sector.METALLURGY, null, null))).isEmpty();
    }

    @Test
    void the_risk_grade_filter_keeps_only_that_grade() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, null, null, RiskGrade.RED, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding(), f.binhai()));
        assertThat(list(f, new EnterpriseFilter(null, null, null, RiskGrade.BLUE, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.lubei()));
    }

    @Test
    void the_department_filter_keeps_only_that_department() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, null, null, null, f.city().getId())))
                .containsExactlyInAnyOrderElementsOf(ids(f.changan(), f.atCity()));
    }

    @Test
    void a_county_division_filter_matches_that_county_only() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, "130123", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding()));
        assertThat(list(f, new EnterpriseFilter(null, "120116", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.binhai()));
        assertThat(list(f, new EnterpriseFilter(null, "130104", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.atCity()));
        assertThat(list(f, new EnterpriseFilter(null, "130105", null, null, null))).isEmpty();
    }

    @Test
    void a_city_division_filter_matches_every_county_below_it() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, "130100", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding(), f.changan(), f.atCity()));
        assertThat(list(f, new EnterpriseFilter(null, "130200", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.lubei()));
    }

    @Test
    void a_province_division_filter_matches_the_whole_province_and_the_whole_municipality() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, "130000", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding(), f.changan(), f.atCity(), f.lubei()));
        assertThat(list(f, new EnterpriseFilter(null, "120000", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.binhai()));
        assertThat(list(f, new EnterpriseFilter(null, "110000", null, null, null))).isEmpty();
    }

    @Test
    void a_blank_division_filter_is_no_filter_and_surrounding_spaces_are_ignored() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter("  ", "  ", null, null, null))).hasSize(5);
        assertThat(list(f, new EnterpriseFilter(null, " 130123 ", null, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding()));
    }

    @Test
    void filters_combine_with_and() {
        Fixture f = fixture();
        assertThat(list(f, new EnterpriseFilter(null, "130100", Sector.MINING, null, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding()));
        assertThat(list(f, new EnterpriseFilter(null, "130000", null, RiskGrade.RED, null)))
                .containsExactlyInAnyOrderElementsOf(ids(f.zhengding()));
        assertThat(list(f, new EnterpriseFilter(f.token() + "路北", null, Sector.MINING, null, f.tangshan().getId())))
                .containsExactlyInAnyOrderElementsOf(ids(f.lubei()));
        assertThat(list(f, new EnterpriseFilter(null, "120000", Sector.MINING, null, null))).isEmpty();
    }

    @Test
    void q_matches_any_part_of_the_name() {
        Fixture f = fixture();
        assertThat(list(f, filter("矿业有限"))).containsExactlyInAnyOrderElementsOf(ids(f.zhengding(), f.lubei()));
        assertThat(list(f, filter("燃气"))).containsExactlyInAnyOrderElementsOf(ids(f.binhai()));
        assertThat(list(f, filter(f.token() + "长安"))).containsExactlyInAnyOrderElementsOf(ids(f.changan()));
        assertThat(list(f, filter("  燃气  "))).containsExactlyInAnyOrderElementsOf(ids(f.binhai()));
        assertThat(list(f, filter("不存在的名称"))).isEmpty();
    }

    @Test
    void q_matches_a_credit_code_prefix_but_not_a_fragment_from_its_middle() {
        Fixture f = fixture();
        String code = f.lubei().getCreditCode();

        assertThat(list(f, filter(code))).containsExactlyInAnyOrderElementsOf(ids(f.lubei()));
        assertThat(list(f, filter(code.substring(0, 17)))).containsExactlyInAnyOrderElementsOf(ids(f.lubei()));
        assertThat(list(f, filter(code.substring(0, 17).toLowerCase()))).containsExactlyInAnyOrderElementsOf(
                ids(f.lubei()));
        // All five codes start with 91 and the registration division: a short prefix matches several.
        assertThat(list(f, filter("91130123"))).containsExactlyInAnyOrderElementsOf(ids(f.zhengding()));
        assertThat(list(f, filter("91120116"))).containsExactlyInAnyOrderElementsOf(ids(f.binhai()));
        assertThat(list(f, filter("9113"))).containsExactlyInAnyOrderElementsOf(
                ids(f.zhengding(), f.changan(), f.atCity(), f.lubei()));
        // A piece from the middle of the code is not a prefix.
        assertThat(list(f, filter(code.substring(4, 17)))).isEmpty();
    }

    @Test
    void q_takes_percent_underscore_and_backslash_literally() {
        Department d = data.department("正定县", "130123");
        String t = TestData.unique();
        long percent = data.enterprise(d, t + "百分之%化工").getId();
        data.enterprise(d, t + "百分之百化工");
        long underscore = data.enterprise(d, t + "下划线_机械").getId();
        data.enterprise(d, t + "下划线A机械");
        long backslash = data.enterprise(d, t + "反斜杠\\五金").getId();
        data.enterprise(d, t + "反斜杠五金");
        Scope scope = scope(d);

        assertThat(idsOf(enterprises.page(scope, filter("之%化"), null, 50))).containsExactly(percent);
        assertThat(idsOf(enterprises.page(scope, filter("%"), null, 50))).containsExactly(percent);
        assertThat(idsOf(enterprises.page(scope, filter("线_机"), null, 50))).containsExactly(underscore);
        assertThat(idsOf(enterprises.page(scope, filter("_"), null, 50))).containsExactly(underscore);
        assertThat(idsOf(enterprises.page(scope, filter("杠\\五"), null, 50))).containsExactly(backslash);
    }

    @Test
    void q_of_one_two_or_more_characters_matches_wherever_the_term_stands_in_the_name() {
        Department d = data.department("正定县", "130123");
        String t = TestData.unique();
        long first = data.enterprise(d, "燚" + t + "煤炭销售").getId();
        long last = data.enterprise(d, t + "煤炭销售燚").getId();
        long middle = data.enterprise(d, t + "燚焱煤炭").getId();
        long other = data.enterprise(d, t + "焱燚木业").getId();
        Scope scope = scope(d);

        assertThat(idsOf(enterprises.page(scope, filter("燚"), null, 50)))
                .containsExactlyInAnyOrder(first, last, middle, other);
        assertThat(idsOf(enterprises.page(scope, filter("燚焱"), null, 50))).containsExactly(middle);
        assertThat(idsOf(enterprises.page(scope, filter("焱燚"), null, 50))).containsExactly(other);
        assertThat(idsOf(enterprises.page(scope, filter("销售燚"), null, 50))).containsExactly(last);
        assertThat(idsOf(enterprises.page(scope, filter(t + "燚焱煤炭"), null, 50))).containsExactly(middle);
    }

    @Test
    void q_needs_the_whole_term_in_order_not_only_each_of_its_pairs_of_characters() {
        Department d = data.department("正定县", "130123");
        String t = TestData.unique();
        // holds 甲乙 and 乙甲, the pairs of 甲乙甲, but not 甲乙甲 itself
        data.enterprise(d, t + "甲乙丙乙甲");
        long whole = data.enterprise(d, t + "丁甲乙甲").getId();
        Scope scope = scope(d);

        assertThat(idsOf(enterprises.page(scope, filter("甲乙甲"), null, 50))).containsExactly(whole);
        assertThat(idsOf(enterprises.page(scope, filter("乙丙乙甲乙"), null, 50))).isEmpty();
    }

    @Test
    void q_matches_latin_letters_in_either_case_for_terms_of_any_length() {
        Department d = data.department("正定县", "130123");
        String t = TestData.unique();
        long upper = data.enterprise(d, t + "QZX化工").getId();
        long lower = data.enterprise(d, t + "qzx机械").getId();
        long mixed = data.enterprise(d, t + "奥Qz仓储").getId();
        Scope scope = scope(d);

        assertThat(idsOf(enterprises.page(scope, filter("Q"), null, 50)))
                .containsExactlyInAnyOrder(upper, lower, mixed);
        assertThat(idsOf(enterprises.page(scope, filter("qZ"), null, 50)))
                .containsExactlyInAnyOrder(upper, lower, mixed);
        assertThat(idsOf(enterprises.page(scope, filter("QZx"), null, 50))).containsExactlyInAnyOrder(upper, lower);
        assertThat(idsOf(enterprises.page(scope, filter("zX化"), null, 50))).containsExactly(upper);
        assertThat(idsOf(enterprises.page(scope, filter("奥qZ"), null, 50))).containsExactly(mixed);
    }

    @Test
    void q_of_one_or_two_characters_pages_through_the_matches_newest_first() {
        Department d = data.department("正定县", "130123");
        List<Long> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            created.add(data.enterprise(d, "翻页搜索" + i + "鼎").getId());
            data.enterprise(d, "翻页搜索" + i + "其他");
        }
        Collections.reverse(created);
        Scope scope = scope(d);

        List<Enterprise> first = enterprises.page(scope, filter("鼎"), null, 4);
        List<Enterprise> second = enterprises.page(scope, filter("鼎"), first.get(3).getId(), 4);

        assertThat(first).hasSize(4);
        assertThat(concat(idsOf(first), idsOf(second))).containsExactlyElementsOf(created);
    }

    // ---- counts and look-ups -----------------------------------------------------------------------------------

    @Test
    void counting_by_risk_grade_counts_only_within_the_scope() {
        Fixture f = fixture();
        Department outside = data.department("正定县", "130123");
        data.enterprise(outside, "130123", "范围外红色企业" + TestData.unique(), Sector.MINING, RiskGrade.RED);

        assertThat(enterprises.countByRiskGrade(f.scope())).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskGrade.RED, 2L, RiskGrade.ORANGE, 1L, RiskGrade.YELLOW, 1L, RiskGrade.BLUE, 1L));
        assertThat(enterprises.countByRiskGrade(scope(f.city()))).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskGrade.RED, 0L, RiskGrade.ORANGE, 1L, RiskGrade.YELLOW, 1L, RiskGrade.BLUE, 0L));
        assertThat(enterprises.countByRiskGrade(new Scope(Set.of()))).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskGrade.RED, 0L, RiskGrade.ORANGE, 0L, RiskGrade.YELLOW, 0L, RiskGrade.BLUE, 0L));
    }

    @Test
    void the_kept_counts_follow_a_changed_grade_and_a_move_to_another_department() {
        Department county = data.department("正定县", "130123");
        Department city = data.department("石家庄市", "130100");
        Enterprise e = data.enterprise(county, "130123", "计数跟随" + TestData.unique(), Sector.MINING, RiskGrade.RED);
        assertThat(enterprises.countByRiskGrade(scope(county))).containsEntry(RiskGrade.RED, 1L);

        revising.revise(inspectorOf(county), e.getId(), e.getVersion(), "130123",
                TestData.profile(e.getName(), Sector.MINING, RiskGrade.BLUE));
        assertThat(enterprises.countByRiskGrade(scope(county)))
                .containsEntry(RiskGrade.RED, 0L).containsEntry(RiskGrade.BLUE, 1L);

        takingOver.takeOver(TestData.actorOf(city, Role.SUPERVISOR), e.getId(), null, "重大隐患，提级管辖");
        assertThat(enterprises.countByRiskGrade(scope(county))).containsEntry(RiskGrade.BLUE, 0L);
        assertThat(enterprises.countByRiskGrade(scope(city))).containsEntry(RiskGrade.BLUE, 1L);
    }

    @Test
    void counting_through_the_service_uses_the_actors_scope() {
        Department own = data.department("正定县", "130123");
        Department other = data.department("正定县", "130123");
        data.enterprise(own, "130123", "本部门红色" + TestData.unique(), Sector.MINING, RiskGrade.RED);
        data.enterprise(own, "130123", "本部门黄色" + TestData.unique(), Sector.MINING, RiskGrade.YELLOW);
        data.enterprise(other, "130123", "他部门红色" + TestData.unique(), Sector.MINING, RiskGrade.RED);

        assertThat(reading.countByRiskGrade(inspectorOf(own))).containsExactlyInAnyOrderEntriesOf(Map.of(
                RiskGrade.RED, 1L, RiskGrade.ORANGE, 0L, RiskGrade.YELLOW, 1L, RiskGrade.BLUE, 0L));
    }

    @Test
    void find_existing_credit_codes_returns_exactly_the_registered_ones() {
        Department d = data.department("正定县", "130123");
        String first = data.enterprise(d, "已登记甲").getCreditCode();
        String second = data.enterprise(d, "已登记乙").getCreditCode();
        String unknown = TestData.creditCode("130123");

        assertThat(enterprises.findExistingCreditCodes(List.of(first, unknown, second)))
                .containsExactlyInAnyOrder(first, second);
        assertThat(enterprises.findExistingCreditCodes(List.of(unknown))).isEmpty();
        assertThat(enterprises.existsByCreditCode(first)).isTrue();
        assertThat(enterprises.existsByCreditCode(unknown)).isFalse();
    }

    @Test
    void find_existing_credit_codes_of_an_empty_list_is_empty() {
        assertThat(enterprises.findExistingCreditCodes(List.of())).isEmpty();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private static EnterpriseFilter filter(String q) {
        return new EnterpriseFilter(q, null, null, null, null);
    }

    private static Scope scope(Department... departments) {
        return new Scope(Arrays.stream(departments).map(Department::getId).collect(Collectors.toSet()));
    }

    private static List<Long> ids(Enterprise... es) {
        return Arrays.stream(es).map(Enterprise::getId).toList();
    }

    private static List<Long> idsOf(List<Enterprise> es) {
        return es.stream().map(Enterprise::getId).toList();
    }

    @SafeVarargs
    private static List<Long> concat(List<Long>... lists) {
        List<Long> all = new ArrayList<>();
        for (List<Long> l : lists) {
            all.addAll(l);
        }
        return all;
    }
}
