package cn.safety.enforcement.domain.document;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentContentTest {

    @Test
    void consecutive_fields_make_one_block_and_blocks_keep_their_order() {
        DocumentContent c = DocumentContent.builder("现场检查记录")
                .field("被检查单位", "某公司").field("地址", null)
                .heading("检查情况").paragraph("正文")
                .table(List.of("序号", "结果"), List.of(List.of("1", "符合")))
                .field("备注", "无")
                .signatures(DocumentContent.Signature.refused("被检查单位负责人", "张三", "李四"))
                .build();
        assertThat(c.blocks()).hasSize(6);
        assertThat(c.blocks().get(0)).isInstanceOfSatisfying(DocumentContent.Fields.class,
                f -> assertThat(f.fields()).containsExactly(new DocumentContent.Field("被检查单位", "某公司"),
                        new DocumentContent.Field("地址", "")));
        assertThat(c.texts()).containsSubsequence("现场检查记录", "被检查单位", "某公司", "检查情况", "正文", "序号",
                "符合", "备注", "被检查单位负责人", "张三", "李四");
    }

    @Test
    void signatures_compare_by_the_image_bytes() {
        byte[] png = {1, 2, 3};
        assertThat(DocumentContent.Signature.signed("执法人员", "李", png))
                .isEqualTo(DocumentContent.Signature.signed("执法人员", "李", new byte[] {1, 2, 3}))
                .isNotEqualTo(DocumentContent.Signature.signed("执法人员", "李", new byte[] {1, 2}));
        assertThat(DocumentContent.Signature.signed("执法人员", "李", png).withEvidence(9).on("2026年3月5日").evidenceId())
                .isEqualTo(9L);
    }
}
