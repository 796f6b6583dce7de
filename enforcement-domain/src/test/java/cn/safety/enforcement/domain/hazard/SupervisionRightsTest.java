package cn.safety.enforcement.domain.hazard;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.OutOfJurisdiction;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.domain.testsupport.Reflect;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static cn.safety.enforcement.domain.hazard.HazardFixture.NOW;
import static cn.safety.enforcement.domain.hazard.HazardFixture.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** 挂牌督办: who supervises (the department one level up), what is listed, when it is lifted. */
class SupervisionRightsTest {

    private final HazardFixture x = new HazardFixture();

    @Test
    void the_department_one_level_up_is_the_city_above_a_county_the_province_above_a_city_and_none_above_a_province() {
        assertThat(SupervisionRights.upperDivisionOf(x.f.zhengdingDept)).contains("130100");
        assertThat(SupervisionRights.upperDivisionOf(x.f.shijiazhuangDept)).contains("130000");
        assertThat(SupervisionRights.upperDivisionOf(x.f.binhaiDept)).contains("120000");
        assertThat(SupervisionRights.upperDivisionOf(x.f.hebeiDept)).isEmpty();
    }

    @Test
    void a_city_supervisor_supervises_its_countys_hazards_the_county_and_the_province_do_not() {
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.shijiazhuangDept, Role.SUPERVISOR),
                x.f.zhengdingDept)).isEmpty();
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.zhengdingDept, Role.SUPERVISOR),
                x.f.zhengdingDept)).contains("hazard.supervision.upperDepartmentOnly");
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.hebeiDept, Role.SUPERVISOR),
                x.f.zhengdingDept)).contains("hazard.supervision.upperDepartmentOnly");
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.hebeiDept, Role.SUPERVISOR),
                x.f.shijiazhuangDept)).isEmpty();
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.tianjinDept, Role.SUPERVISOR),
                x.f.binhaiDept)).isEmpty();
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.tianjinDept, Role.SUPERVISOR),
                x.f.zhengdingDept)).contains("hazard.supervision.upperDepartmentOnly");
    }

    @Test
    void an_inspector_or_an_admin_alone_of_the_city_does_not_supervise() {
        assertThat(SupervisionRights.supervisionRefusal(x.f.actor(x.f.shijiazhuangDept, Role.INSPECTOR),
                x.f.zhengdingDept)).contains("hazard.supervision.supervisorOnly");
        assertThat(catchThrowable(() -> SupervisionRights.requireSupervises(
                x.f.actor(x.f.shijiazhuangDept, Role.ADMIN), x.f.zhengdingDept)))
                .isInstanceOf(OutOfJurisdiction.class);
    }

    @Test
    void only_the_supervising_department_lifts() {
        Hazard h = supervised();
        assertThat(SupervisionRights.liftRefusal(x.f.actor(x.f.shijiazhuangDept, Role.SUPERVISOR), h)).isEmpty();
        assertThat(SupervisionRights.liftRefusal(x.f.actor(x.f.zhengdingDept, Role.SUPERVISOR), h))
                .contains("hazard.supervision.supervisingDepartmentOnly");
        assertThat(SupervisionRights.liftRefusal(x.f.actor(x.f.hebeiDept, Role.SUPERVISOR), h))
                .contains("hazard.supervision.supervisingDepartmentOnly");
        assertThat(SupervisionRights.liftRefusal(x.f.actor(x.f.shijiazhuangDept, Role.INSPECTOR), h))
                .contains("hazard.supervision.supervisorOnly");
    }

    @Test
    void a_major_hazard_is_listed_a_general_one_only_once_overdue() {
        assertThat(x.ordered(HazardGrade.MAJOR).listedForSupervision()).isTrue();
        Hazard general = x.ordered(HazardGrade.GENERAL);
        assertThat(general.listedForSupervision()).isFalse();
        assertThat(catchThrowableOfType(Conflict.class, () -> general.prepareSupervision("督促整改",
                TODAY.plusDays(10), TODAY)).getMessage()).contains("hazard.supervision.notListed");
        Reflect.set(general, "overdue", true);
        assertThat(general.listedForSupervision()).isTrue();
        assertThat(general.prepareSupervision("督促整改", TODAY.plusDays(10), TODAY).deadline())
                .isEqualTo(TODAY.plusDays(10));
    }

    @Test
    void the_notice_needs_its_requirements_and_a_deadline_after_today() {
        Hazard h = x.ordered(HazardGrade.MAJOR);
        RuleViolation v = catchThrowableOfType(RuleViolation.class, () -> h.prepareSupervision(" ", TODAY, TODAY));
        assertThat(v.problems()).extracting(RuleViolation.Problem::field).containsExactly("requirements", "deadline");
    }

    @Test
    void supervising_names_the_department_above_once_and_lifting_waits_for_the_closed_state() {
        Hazard h = supervised();
        assertThat(h.getSupervisedByDepartmentId()).isEqualTo(2L);
        assertThat(h.listedForSupervision()).isFalse();
        assertThat(h.supervision()).hasValueSatisfying(s -> {
            assertThat(s.getRequirements()).isEqualTo("限期消除");
            assertThat(s.getDocumentId()).isEqualTo(41L);
            assertThat(s.lifted()).isFalse();
        });
        assertThat(catchThrowableOfType(Conflict.class, () -> h.prepareSupervision("再次", TODAY.plusDays(5), TODAY))
                .getMessage()).contains("hazard.supervision.already");
        Conflict early = catchThrowableOfType(Conflict.class, () -> h.liftSupervision("sjz-supervisor", NOW));
        assertThat(early.getMessage()).contains("hazard.step.refused");
        assertThat(early.problems().get(0).field()).isEqualTo("state");
    }

    @Test
    void a_closed_supervised_hazard_is_lifted_once() {
        Hazard h = supervised();
        Reflect.set(h, "status", HazardStatus.CLOSED);
        Reflect.set(h, "closedAt", NOW);
        HazardSupervisionLifted lifted = h.liftSupervision("sjz-supervisor", NOW);
        assertThat(lifted.after().supervisedByDepartmentId()).isEqualTo(2L);
        assertThat(h.supervision()).hasValueSatisfying(s -> assertThat(s.getLiftedBy()).isEqualTo("sjz-supervisor"));
        assertThat(catchThrowableOfType(Conflict.class, () -> h.liftSupervision("sjz-supervisor", NOW))
                .getMessage()).contains("hazard.supervision.alreadyLifted");
        assertThat(catchThrowableOfType(Conflict.class, () -> x.ordered(HazardGrade.MAJOR)
                .liftSupervision("sjz-supervisor", NOW)).getMessage()).contains("hazard.supervision.none");
    }

    @Test
    void a_closed_hazard_is_no_longer_listed_nor_supervised() {
        Hazard h = x.ordered(HazardGrade.MAJOR);
        Reflect.set(h, "status", HazardStatus.CLOSED);
        assertThat(h.listedForSupervision()).isFalse();
        Conflict c = catchThrowableOfType(Conflict.class, () -> h.prepareSupervision("督促", TODAY.plusDays(3),
                TODAY));
        assertThat(c.problems().get(0).field()).isEqualTo("state");
    }

    private Hazard supervised() {
        Hazard h = x.ordered(HazardGrade.MAJOR);
        Hazard.SupervisionNotice n = h.prepareSupervision("限期消除", LocalDate.of(2026, 7, 15), TODAY);
        HazardSupervised e = h.supervise(n, 2L, 41L, "石应急督办〔2026〕1号", "sjz-supervisor", NOW);
        assertThat(e.documentNumber()).isEqualTo("石应急督办〔2026〕1号");
        return h;
    }
}
