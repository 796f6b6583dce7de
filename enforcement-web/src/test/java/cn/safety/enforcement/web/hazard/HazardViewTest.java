package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.hazard.Hazard;
import cn.safety.enforcement.domain.hazard.HazardFiles;
import cn.safety.enforcement.domain.hazard.HazardGrade;
import cn.safety.enforcement.domain.hazard.HazardSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The enterprise reads its hazard without what stays with the department (000§(八): never an internal note). */
class HazardViewTest {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private HazardFiles.HazardFile file(boolean internal) {
        Enterprise e = mock(Enterprise.class);
        when(e.getId()).thenReturn(77L);
        when(e.getName()).thenReturn("某化工公司");
        Hazard h = Hazard.find(new Hazard.Finding(3, e, null, null, HazardSource.COMPLAINT, HazardGrade.MAJOR,
                "储罐区报警器失效", "储罐区", null, "企业负责人态度消极", "zd-inspector", Instant.now()));
        setId(h, 900L);
        return new HazardFiles.HazardFile(h, e, "正定县应急管理局", null, LocalDate.now(ZONE), internal, internal);
    }

    private static void setId(Hazard h, long id) {
        try {
            java.lang.reflect.Field f = Hazard.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(h, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void the_department_reads_its_internal_note_and_who_found_the_hazard() {
        String json = JsonMapper.builder().build().writeValueAsString(HazardView.of(file(true), ZONE));
        assertThat(json).contains("\"internal\"", "企业负责人态度消极", "zd-inspector", "\"state\":\"FOUND\"",
                "\"deadline\":null", "\"daysLeft\":null", "\"supervisedBy\":null", "\"escalated\":false");
    }

    @Test
    void an_enterprise_reads_the_same_hazard_without_the_internal_part() {
        String json = JsonMapper.builder().build().writeValueAsString(HazardView.of(file(false), ZONE));
        assertThat(json).doesNotContain("internal", "企业负责人态度消极", "zd-inspector");
        assertThat(json).contains("储罐区报警器失效", "\"state\":\"FOUND\"", "\"deadline\":null");
    }
}
