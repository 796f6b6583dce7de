package cn.safety.enforcement.persistence.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItem;
import cn.safety.enforcement.domain.checklist.Checklists;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.persistence.PersistenceIT;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The checklists seeded from 工贸企业重大事故隐患判定标准 (应急管理部令第10号, V11_24) and 金属非金属矿山重大事故隐患判定标准
 * (矿安〔2022〕88号, V11_25): which lists exist, to whom they apply, how many items each holds and what an item cites.
 */
class ChecklistSeedIT extends PersistenceIT {

    private static final String ORDER_10 = "应急管理部令第10号 工贸企业重大事故隐患判定标准 ";
    private static final String MINES_88 = "矿安〔2022〕88号 金属非金属矿山重大事故隐患判定标准 ";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Checklists checklists;

    @Test
    void an_inspection_gets_the_general_and_feature_lists_in_force_and_the_inspector_may_add_the_industry_lists() {
        LocalDate day = LocalDate.of(2026, 6, 1);

        List<String> ammoniaPlant = codes(checklists.inForce(Sector.INDUSTRY_TRADE,
                Set.of(Feature.AMMONIA_REFRIGERATION, Feature.COMBUSTIBLE_DUST), day));
        // the dust list is still a draft, the industry lists are never chosen automatically
        assertThat(ammoniaPlant).contains("IT-10-GENERAL", "IT-10-AMMONIA")
                .doesNotContain("IT-10-DUST", "IT-10-BUILDING-MATERIALS", "IT-10-TOBACCO", "IT-10-CONFINED-SPACE");
        assertThat(codes(checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(), day))).contains("IT-10-GENERAL")
                .doesNotContain("IT-10-AMMONIA", "IT-10-CONFINED-SPACE");
        assertThat(codes(checklists.inForce(Sector.METALLURGY, Set.of(Feature.CONFINED_SPACE), day)))
                .contains("IT-10-GENERAL", "IT-10-CONFINED-SPACE").doesNotContain("IT-10-METALLURGY");
        // before the standard took effect none of its lists applies
        assertThat(codes(checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(Feature.AMMONIA_REFRIGERATION),
                LocalDate.of(2023, 5, 14)))).noneMatch(code -> code.startsWith("IT-10-"));

        assertThat(codes(checklists.industryListsInForce(Sector.INDUSTRY_TRADE, day)))
                .contains("IT-10-BUILDING-MATERIALS", "IT-10-TOBACCO").doesNotContain("IT-10-MACHINERY");
        assertThat(codes(checklists.inForce(Sector.MINING, Set.of(), day))).noneMatch(code -> code.startsWith("MINE-88-"));

        Checklist general = checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(), day).stream()
                .filter(c -> c.getCode().equals("IT-10-GENERAL")).findFirst().orElseThrow();
        assertThat(general.getItems()).extracting(ChecklistItem::getReference)
                .containsExactly("第三条第（一）项", "第三条第（二）项", "第三条第（三）项");
        assertThat(general.getItems()).allMatch(ChecklistItem::isMajor);
    }

    @Test
    void every_industry_trade_list_holds_the_items_read_from_the_standard_in_their_order() {
        assertThat(itemCounts("IT-10-%")).containsOnly(
                entry("IT-10-GENERAL", 3L),
                entry("IT-10-METALLURGY", 4L),
                entry("IT-10-BUILDING-MATERIALS", 8L),
                entry("IT-10-MACHINERY", 2L),
                entry("IT-10-TOBACCO", 2L),
                entry("IT-10-DUST", 8L),
                entry("IT-10-AMMONIA", 2L),
                entry("IT-10-CONFINED-SPACE", 2L));
        assertThat(references("IT-10-GENERAL"))
                .containsExactly("第三条第（一）项", "第三条第（二）项", "第三条第（三）项");
        assertThat(references("IT-10-BUILDING-MATERIALS")).hasSize(8)
                .startsWith("第六条第（一）项").endsWith("第六条第（八）项");
        assertThat(references("IT-10-DUST")).startsWith("第十一条第（一）项").endsWith("第十一条第（八）项");
    }

    @Test
    void the_mine_lists_hold_the_items_read_from_the_standard_in_their_order() {
        assertThat(itemCounts("MINE-88-%")).containsOnly(
                entry("MINE-88-UNDERGROUND", 4L),
                entry("MINE-88-OPEN-PIT", 7L));
        assertThat(references("MINE-88-UNDERGROUND"))
                .containsExactly("地下矿山 第（一）项", "地下矿山 第（二）项", "地下矿山 第（三）项", "地下矿山 第（四）项");
        assertThat(references("MINE-88-OPEN-PIT")).hasSize(7)
                .startsWith("露天矿山 第（一）项").endsWith("露天矿山 第（七）项");
    }

    @Test
    void an_item_cites_the_document_number_the_standard_and_its_own_number_and_is_major() {
        Map<String, Object> contractors = item("IT-10-GENERAL", 1);
        assertThat(contractors.get("basis")).isEqualTo(ORDER_10 + "第三条第（一）项");
        assertThat(contractors.get("text").toString()).contains("承包单位", "承租单位", "定期");
        assertThat(contractors.get("major")).isEqualTo(true);

        Map<String, Object> quickFreezing = item("IT-10-AMMONIA", 2);
        assertThat(quickFreezing.get("reference")).isEqualTo("第十二条第（二）项");
        assertThat(quickFreezing.get("text").toString()).contains("快速冻结装置", "9人");

        Map<String, Object> exits = item("MINE-88-UNDERGROUND", 1);
        assertThat(exits.get("basis")).isEqualTo(MINES_88 + "一、地下矿山 地下矿山 第（一）项");
        assertThat(exits.get("text").toString()).contains("安全出口", "30米", "1000米", "梯子间");

        assertThat(jdbc.sql("SELECT count(*) FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id"
                        + " WHERE (c.code LIKE 'IT-10-%' OR c.code LIKE 'MINE-88-%') AND NOT i.major")
                .query(Long.class).single()).isZero();
    }

    @Test
    void the_lists_apply_by_sector_feature_or_the_inspectors_choice_from_the_day_the_standard_took_effect()
            throws SQLException {
        Map<String, Object> general = list("IT-10-GENERAL");
        assertThat(sectors(general)).containsExactlyInAnyOrder("INDUSTRY_TRADE", "METALLURGY");
        assertThat(general.get("feature")).isNull();
        assertThat(general.get("industry")).isNull();
        assertThat(general.get("source_document")).isEqualTo("应急管理部令第10号");
        assertThat(general.get("effective_from").toString()).isEqualTo(LocalDate.of(2023, 5, 15).toString());
        assertThat(general.get("status")).isEqualTo("IN_FORCE");

        Map<String, Object> metallurgy = list("IT-10-METALLURGY");
        assertThat(sectors(metallurgy)).containsExactly("METALLURGY");
        assertThat(metallurgy.get("industry")).isNull();

        Map<String, Object> dust = list("IT-10-DUST");
        assertThat(dust.get("feature")).isEqualTo("COMBUSTIBLE_DUST");
        assertThat(list("IT-10-AMMONIA").get("feature")).isEqualTo("AMMONIA_REFRIGERATION");
        assertThat(list("IT-10-CONFINED-SPACE").get("feature")).isEqualTo("CONFINED_SPACE");

        Map<String, Object> tobacco = list("IT-10-TOBACCO");
        assertThat(sectors(tobacco)).containsExactly("INDUSTRY_TRADE");
        assertThat(tobacco.get("industry")).isEqualTo("TOBACCO");
        assertThat(list("IT-10-BUILDING-MATERIALS").get("industry")).isEqualTo("BUILDING_MATERIALS");

        Map<String, Object> underground = list("MINE-88-UNDERGROUND");
        assertThat(sectors(underground)).containsExactly("MINING");
        assertThat(underground.get("industry")).isEqualTo("UNDERGROUND");
        assertThat(list("MINE-88-OPEN-PIT").get("industry")).isEqualTo("OPEN_PIT");
        assertThat(underground.get("source_document")).isEqualTo("矿安〔2022〕88号");
        assertThat(underground.get("effective_from").toString()).isEqualTo(LocalDate.of(2022, 9, 1).toString());
    }

    @Test
    void a_list_whose_items_were_not_all_read_is_a_draft_and_a_complete_one_is_in_force() {
        Map<String, String> statuses = jdbc.sql("SELECT code, status FROM checklist"
                        + " WHERE (code LIKE 'IT-10-%' OR code LIKE 'MINE-88-%') AND version = 1")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(statuses).containsOnly(
                entry("IT-10-GENERAL", "IN_FORCE"),
                entry("IT-10-METALLURGY", "DRAFT"),
                entry("IT-10-BUILDING-MATERIALS", "IN_FORCE"),
                entry("IT-10-MACHINERY", "DRAFT"),
                entry("IT-10-TOBACCO", "IN_FORCE"),
                entry("IT-10-DUST", "DRAFT"),
                entry("IT-10-AMMONIA", "IN_FORCE"),
                entry("IT-10-CONFINED-SPACE", "IN_FORCE"),
                entry("MINE-88-UNDERGROUND", "DRAFT"),
                entry("MINE-88-OPEN-PIT", "DRAFT"));
    }

    private static List<String> codes(List<Checklist> lists) {
        return lists.stream().map(Checklist::getCode).toList();
    }

    private Map<String, Long> itemCounts(String codePattern) {
        return jdbc.sql("SELECT c.code, count(i.id) FROM checklist c LEFT JOIN checklist_item i ON i.checklist_id = c.id"
                        + " WHERE c.code LIKE :code AND c.version = 1 GROUP BY c.code")
                .param("code", codePattern)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private List<String> references(String code) {
        return jdbc.sql("SELECT i.reference FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id"
                        + " WHERE c.code = :code AND c.version = 1 ORDER BY i.position")
                .param("code", code).query(String.class).list();
    }

    private Map<String, Object> item(String code, int position) {
        return jdbc.sql("SELECT i.* FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id"
                        + " WHERE c.code = :code AND c.version = 1 AND i.position = :position")
                .param("code", code).param("position", position).query().singleRow();
    }

    private Map<String, Object> list(String code) {
        return jdbc.sql("SELECT * FROM checklist WHERE code = :code AND version = 1").param("code", code)
                .query().singleRow();
    }

    private static List<Object> sectors(Map<String, Object> list) throws SQLException {
        return Arrays.asList((Object[]) ((Array) list.get("sectors")).getArray());
    }
}
