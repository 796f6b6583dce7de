package cn.safety.enforcement.web.enterprise;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnterpriseSheetTest {

    @Test
    void the_escaped_characters_of_a_workbook_cell_are_read_as_the_characters_they_stand_for() {
        assertThat(EnterpriseSheet.unescapeXml("_x001B_91130123")).isEqualTo("\u001b91130123");
        assertThat(EnterpriseSheet.unescapeXml("正定_x0000_县")).isEqualTo("正定\u0000县");
        assertThat(EnterpriseSheet.unescapeXml("甲_x005F_x0041_乙")).as("an escaped literal").isEqualTo("甲_x0041_乙");
        assertThat(EnterpriseSheet.unescapeXml("plain_text_x12")).isEqualTo("plain_text_x12");
    }
}
