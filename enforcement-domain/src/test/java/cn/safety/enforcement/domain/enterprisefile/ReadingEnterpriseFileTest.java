package cn.safety.enforcement.domain.enterprisefile;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.Enterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.jurisdiction.Scope;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** Who reads an enterprise's time line, which entries each sees, and how the pages are cut. */
class ReadingEnterpriseFileTest {

    private final Fixture f = new Fixture();
    private final Enterprises enterprises = mock(Enterprises.class);
    private final List<FileAudience> asked = new ArrayList<>();
    private final List<FileEntry> stored = new ArrayList<>();
    private final EnterpriseFileEntries entries = (enterpriseId, audience, before, limit) -> {
        asked.add(audience);
        return stored.stream().limit(limit).toList();
    };
    private final ReadingEnterpriseFile reading = new ReadingEnterpriseFile(enterprises, entries, f.policy());

    @BeforeEach
    void setUp() {
        existing(10, "MA0000001", f.zhengding, f.zhengdingDept);
        existing(11, "MA0000002", f.luancheng, f.luanchengDept);
    }

    private void existing(long id, String orgCode, Division division, Department department) {
        String first17 = "91" + division.getCode() + orgCode;
        Enterprise e = Enterprise.register(CreditCode.parse(first17 + CreditCode.checkCharacter(first17)),
                EnterpriseProfile.basic("测试有限公司", "某地", Sector.HAZARDOUS_CHEMICALS, 50, RiskGrade.ORANGE),
                division, department, "someone", Fixture.ESTABLISHED);
        Reflect.withId(e, id);
        when(enterprises.findById(id)).thenReturn(Optional.of(e));
    }

    private Actor enterpriseAccountOf(long enterpriseId) {
        return Actor.ofEnterprise(900, "ent", f.zhengdingDept.getId(), f.zhengdingDept.getLevel(),
                f.zhengding.location(), enterpriseId);
    }

    private static FileEntry entry(long id) {
        return new FileEntry(FileEntryKind.INSPECTION, Instant.parse("2026-05-01T00:00:00Z").minusSeconds(id), id,
                3L, "正定县应急管理局", "SPECIAL", "COMPLETED", null, null, null, null);
    }

    @Test
    void the_countys_staff_read_it_within_their_scope_and_a_county_beside_is_told_it_does_not_exist() {
        reading.page(f.actor(f.zhengdingDept, Role.INSPECTOR), 10, null, 20);
        assertThat(asked).singleElement().isEqualTo(new FileAudience.Department(
                new Scope(Set.of(f.zhengdingDept.getId()))));

        assertThat(catchThrowableOfType(NotFound.class,
                () -> reading.page(f.actor(f.luanchengDept, Role.SUPERVISOR), 10, null, 20))).isNotNull();
        assertThat(catchThrowableOfType(NotFound.class,
                () -> reading.page(f.actor(f.zhengdingDept, Role.INSPECTOR), 99, null, 20))).isNotNull();
    }

    @Test
    void the_city_supervisor_reads_down_into_the_county_file() {
        reading.page(f.actor(f.shijiazhuangDept, Role.SUPERVISOR), 10, null, 20);
        assertThat(asked).singleElement().isInstanceOfSatisfying(FileAudience.Department.class,
                a -> assertThat(a.scope().departmentIds()).contains(f.shijiazhuangDept.getId(),
                        f.zhengdingDept.getId()));
    }

    @Test
    void an_enterprise_reads_its_own_file_as_the_enterprise_and_no_other_enterprises() {
        reading.page(enterpriseAccountOf(10), 10, null, 20);
        assertThat(asked).singleElement().isEqualTo(new FileAudience.Enterprise());

        assertThat(catchThrowableOfType(NotFound.class, () -> reading.page(enterpriseAccountOf(10), 11, null, 20)))
                .isNotNull();
        assertThat(asked).hasSize(1);
    }

    @Test
    void the_enterprise_sees_inspections_documents_and_hazards_but_not_the_departments_accidents_or_jurisdiction() {
        FileAudience own = new FileAudience.Enterprise();
        assertThat(own.sees(FileEntryKind.INSPECTION)).isTrue();
        assertThat(own.sees(FileEntryKind.DOCUMENT)).isTrue();
        assertThat(own.sees(FileEntryKind.HAZARD)).isTrue();
        assertThat(own.sees(FileEntryKind.ACCIDENT)).isFalse();
        assertThat(own.sees(FileEntryKind.ASSIGNMENT)).isFalse();
        for (FileEntryKind k : FileEntryKind.values()) {
            assertThat(new FileAudience.Department(Scope.nothing()).sees(k)).isTrue();
        }
    }

    @Test
    void a_full_page_names_the_cursor_of_its_last_entry_and_the_last_page_none() {
        for (long id = 1; id <= 3; id++) {
            stored.add(entry(id));
        }
        Actor inspector = f.actor(f.zhengdingDept, Role.INSPECTOR);
        FileEntrySlice first = reading.page(inspector, 10, null, 2);
        assertThat(first.items()).extracting(FileEntry::id).containsExactly(1L, 2L);
        assertThat(first.older()).isEqualTo(entry(2).cursor().toString());
        assertThat(reading.page(inspector, 10, null, 3).older()).isNull();
        assertThat(catchThrowableOfType(RuleViolation.class, () -> reading.page(inspector, 10, "tomorrow", 2))
                .problems()).extracting(RuleViolation.Problem::field, RuleViolation.Problem::messageCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("before", "cursor.invalid"));
    }
}
