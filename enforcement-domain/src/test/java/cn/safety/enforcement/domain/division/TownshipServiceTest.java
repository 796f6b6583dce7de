package cn.safety.enforcement.domain.division;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.StaleVersion;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.JurisdictionPolicy;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Fixture;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;

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

class TownshipServiceTest {

    private final Fixture f = new Fixture();
    private final Townships townships = mock(Townships.class);
    private final Divisions divisions = mock(Divisions.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final TownshipService service = new TownshipService(townships, divisions,
            f.policy(), events);

    private final Actor zhengdingAdmin = f.actor(f.zhengdingDept, Role.ADMIN);
    private final Actor luanchengAdmin = f.actor(f.luanchengDept, Role.ADMIN);
    private final Actor cityAdmin = f.actor(f.shijiazhuangDept, Role.ADMIN);
    private final Actor tianjinAdmin = f.actor(f.tianjinDept, Role.ADMIN);
    private final Actor zhengdingSupervisor = f.actor(f.zhengdingDept, Role.SUPERVISOR);

    @BeforeEach
    void divisions() {
        for (Division d : new Division[] {f.hebei, f.shijiazhuang, f.zhengding, f.luancheng, f.tianjin, f.binhai}) {
            when(divisions.findByCode(d.getCode())).thenReturn(Optional.of(d));
        }
        when(divisions.existsByParentCode("130100")).thenReturn(true);
        when(townships.save(any())).thenAnswer(i -> Reflect.withId(i.getArgument(0), 77L));
    }

    private <T> T published(Class<T> type) {
        ArgumentCaptor<Object> captor = ArgumentCaptor.forClass(Object.class);
        verify(events).publishEvent(captor.capture());
        return type.cast(captor.getValue());
    }

    private Township stored(String name, long version) {
        Township t = Reflect.withId(Township.establish(name, TownshipKind.TOWNSHIP, null, f.zhengding), 5L);
        Reflect.set(t, "version", version);
        when(townships.findById(5L)).thenReturn(Optional.of(t));
        return t;
    }

    @Test
    void an_admin_of_the_county_or_above_establishes_and_the_event_names_the_admins_department() {
        Township t = service.establish(zhengdingAdmin, " 130123 ", " 诸福屯镇 ", TownshipKind.TOWN, null);

        assertThat(t.getName()).isEqualTo("诸福屯镇");
        TownshipEstablished e = published(TownshipEstablished.class);
        assertThat(e.after().id()).isEqualTo(77L);
        assertThat(e.departmentId()).isEqualTo(f.zhengdingDept.getId());
        assertThat(e.label()).isEqualTo("township.TownshipEstablished");
        service.establish(cityAdmin, "130123", "新城铺镇", TownshipKind.TOWN, "130123101");
    }

    @Test
    void a_county_beside_or_another_province_is_not_found_and_a_non_admin_is_refused() {
        assertThatThrownBy(() -> service.establish(luanchengAdmin, "130123", "诸福屯镇", TownshipKind.TOWN, null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.establish(tianjinAdmin, "130123", "诸福屯镇", TownshipKind.TOWN, null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.establish(zhengdingSupervisor, "130123", "诸福屯镇", TownshipKind.TOWN, null))
                .isInstanceOf(OutOfJurisdiction.class);
        stored("曲阳桥乡", 0);
        assertThatThrownBy(() -> service.rename(luanchengAdmin, 5L, 0, "曲阳桥镇", (TownshipKind) null)).isInstanceOf(NotFound.class);
        verify(townships, never()).save(any());
        verifyNoInteractions(events);
    }

    @Test
    void an_outsider_is_refused_before_the_kind_is_read_and_an_admin_is_told_the_kinds_allowed() {
        assertThatThrownBy(() -> service.establish(luanchengAdmin, "130123", "某镇", "VILLAGE", null))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.establish(zhengdingSupervisor, "130123", "某镇", "VILLAGE", null))
                .isInstanceOf(OutOfJurisdiction.class);
        stored("曲阳桥乡", 0);
        assertThatThrownBy(() -> service.rename(luanchengAdmin, 5L, 0, "某镇", "VILLAGE")).isInstanceOf(NotFound.class);
        assertThat(problemsOf(() -> service.establish(zhengdingAdmin, "130123", "某镇", "VILLAGE", null)))
                .containsExactly("kind:township.kind.invalid");
        verifyNoInteractions(events);
    }

    @Test
    void a_name_the_county_has_already_is_refused_on_the_name_field() {
        when(townships.existsByCountyDivisionCodeAndName("130123", "诸福屯镇")).thenReturn(true);

        assertThat(problemsOf(() -> service.establish(zhengdingAdmin, "130123", "诸福屯镇 ", TownshipKind.TOWN, null)))
                .containsExactly("name:township.name.duplicate");
        verify(townships, never()).save(any());
    }

    @Test
    void a_city_divided_into_counties_takes_no_township_and_a_blank_county_is_asked_for() {
        assertThat(problemsOf(() -> service.establish(cityAdmin, "130100", "某镇", TownshipKind.TOWN, null)))
                .containsExactly("divisionCode:township.division.notCounty");
        assertThat(problemsOf(() -> service.establish(cityAdmin, " ", "某镇", TownshipKind.TOWN, null)))
                .containsExactly("divisionCode:township.division.required");
    }

    @Test
    void renaming_keeps_the_county_changes_the_kind_when_given_and_records_before_and_after() {
        stored("曲阳桥乡", 3);

        Township t = service.rename(zhengdingAdmin, 5L, 3, "曲阳桥镇", TownshipKind.TOWN);

        assertThat(t.getDivisionCode()).isEqualTo("130123");
        TownshipRenamed e = published(TownshipRenamed.class);
        assertThat(e.before().name()).isEqualTo("曲阳桥乡");
        assertThat(e.before().kind()).isEqualTo(TownshipKind.TOWNSHIP);
        assertThat(e.after().name()).isEqualTo("曲阳桥镇");
        assertThat(e.after().kind()).isEqualTo(TownshipKind.TOWN);
        assertThat(e.departmentId()).isEqualTo(f.zhengdingDept.getId());
    }

    @Test
    void renaming_on_an_old_version_or_onto_a_name_of_the_county_is_refused() {
        stored("曲阳桥乡", 3);
        assertThatThrownBy(() -> service.rename(zhengdingAdmin, 5L, 2, "曲阳桥镇", (TownshipKind) null))
                .isInstanceOf(StaleVersion.class);
        when(townships.existsByCountyDivisionCodeAndNameAndIdNot("130123", "新安镇", 5L)).thenReturn(true);
        assertThat(problemsOf(() -> service.rename(zhengdingAdmin, 5L, 3, "新安镇", (TownshipKind) null)))
                .containsExactly("name:township.name.duplicate");
        verifyNoInteractions(events);
    }
}
