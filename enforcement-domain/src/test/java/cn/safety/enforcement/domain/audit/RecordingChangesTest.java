package cn.safety.enforcement.domain.audit;

import cn.safety.enforcement.domain.account.UserAccountLocked;
import cn.safety.enforcement.domain.account.UserAccountSnapshot;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.department.DepartmentRenamed;
import cn.safety.enforcement.domain.department.DepartmentSnapshot;
import cn.safety.enforcement.domain.enterprise.EnterpriseReassigned;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;

class RecordingChangesTest {

    private final AuditTrail trail = mock(AuditTrail.class);

    private static final DepartmentSnapshot BEFORE = new DepartmentSnapshot(3L, "正定县安监局", "130123",
            DivisionLevel.COUNTY);
    private static final DepartmentSnapshot AFTER = new DepartmentSnapshot(3L, "正定县应急管理局", "130123",
            DivisionLevel.COUNTY);

    @Test
    void a_change_becomes_one_entry_by_the_signed_in_user_kept_with_the_events_department() {
        new RecordingChanges(trail, () -> Optional.of("admin")).record(new DepartmentRenamed(BEFORE, AFTER));

        verify(trail).record(new AuditActor("admin", 3L), "Department", 3L, "DepartmentRenamed",
                Map.of("id", 3L, "name", "正定县安监局", "divisionCode", "130123", "level", "COUNTY"),
                Map.of("id", 3L, "name", "正定县应急管理局", "divisionCode", "130123", "level", "COUNTY"));
        verifyNoMoreInteractions(trail);
    }

    @Test
    void with_no_one_signed_in_the_entry_names_the_system() {
        new RecordingChanges(trail, Optional::empty).record(new DepartmentRenamed(BEFORE, AFTER));

        verify(trail).record(eq(new AuditActor("system", 3L)),
                eq("Department"), eq(3L), eq("DepartmentRenamed"), org.mockito.ArgumentMatchers.any(),
                org.mockito.ArgumentMatchers.any());
    }

    @Test
    void the_systems_own_acts_name_the_system_whoever_is_signed_in() {
        UserAccountSnapshot account = new UserAccountSnapshot(9L, "zd-x", "某某", 3L, List.of("INSPECTOR"), null, null,
                null, true, null);
        new RecordingChanges(trail, () -> Optional.of("zd-x"))
                .record(new UserAccountLocked(account, Instant.parse("2026-03-02T01:15:00Z"), 5, "10.0.0.9"));

        verify(trail).record(eq(new AuditActor("system", 3L)), eq("UserAccount"), eq(9L), eq("UserAccountLocked"),
                eq(account.fields()), org.mockito.ArgumentMatchers.argThat(after -> "2026-03-02T01:15:00Z".equals(
                        after.get("lockedUntil")) && Integer.valueOf(5).equals(after.get("failures"))));
    }

    @Test
    void a_snapshot_keeps_its_fields_in_order_with_enumerations_by_name_and_dates_as_text() {
        UserAccountSnapshot account = new UserAccountSnapshot(9L, "zd-x", "某某", 3L, List.of("INSPECTOR"), "冀执1",
                LocalDate.of(2024, 1, 1), null, true, null);

        assertThat(account.fields()).containsExactly(entry("id", 9L), entry("username", "zd-x"),
                entry("fullName", "某某"), entry("departmentId", 3L), entry("roles", List.of("INSPECTOR")),
                entry("certificateNumber", "冀执1"), entry("certificateValidFrom", "2024-01-01"),
                entry("certificateValidUntil", null), entry("enabled", true),
                entry("enterpriseId", null));
        assertThat(AFTER.fields()).containsEntry("level", "COUNTY");
    }

    @Test
    void the_label_is_qualified_by_the_aggregate_and_details_join_the_after_state() {
        EnterpriseReassigned reassigned = new EnterpriseReassigned(null, null, "属地管理");

        assertThat(reassigned.label()).isEqualTo("enterprise.EnterpriseReassigned");
        assertThat(reassigned.afterFields()).containsExactly(entry("reason", "属地管理"));
        assertThat(new DepartmentRenamed(BEFORE, AFTER).label()).isEqualTo("department.DepartmentRenamed");
    }
}
