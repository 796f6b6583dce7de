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
 * (矿安〔2022〕88号, V11_25), completed by V11_26 and V11_28, and the supplementary mine situations (矿安〔2024〕41号,
 * V11_29): which lists exist, to whom they apply, how many items each holds and what an item cites.
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
        // the feature lists follow the enterprise's features, the industry lists are never chosen automatically
        assertThat(ammoniaPlant).contains("IT-10-GENERAL", "IT-10-AMMONIA", "IT-10-DUST")
                .doesNotContain("IT-10-BUILDING-MATERIALS", "IT-10-TOBACCO", "IT-10-CONFINED-SPACE",
                        "IT-10-NONFERROUS", "IT-10-LIGHT-INDUSTRY", "IT-10-TEXTILE", "IT-10-METALLURGY");
        assertThat(codes(checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(), day))).contains("IT-10-GENERAL")
                .doesNotContain("IT-10-AMMONIA", "IT-10-CONFINED-SPACE");
        assertThat(codes(checklists.inForce(Sector.METALLURGY, Set.of(Feature.CONFINED_SPACE), day)))
                .contains("IT-10-GENERAL", "IT-10-CONFINED-SPACE", "IT-10-METALLURGY").doesNotContain("IT-10-DUST");
        assertThat(codes(checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(), day))).doesNotContain("IT-10-METALLURGY");
        // before the standard took effect none of its lists applies
        assertThat(codes(checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(Feature.AMMONIA_REFRIGERATION),
                LocalDate.of(2023, 5, 14)))).noneMatch(code -> code.startsWith("IT-10-"));

        assertThat(codes(checklists.industryListsInForce(Sector.INDUSTRY_TRADE, day)))
                .contains("IT-10-BUILDING-MATERIALS", "IT-10-TOBACCO", "IT-10-MACHINERY", "IT-10-NONFERROUS",
                        "IT-10-LIGHT-INDUSTRY", "IT-10-TEXTILE");
        assertThat(codes(checklists.inForce(Sector.MINING, Set.of(), day))).noneMatch(code -> code.startsWith("MINE-88-"));
        assertThat(codes(checklists.industryListsInForce(Sector.MINING, day)))
                .contains("MINE-88-UNDERGROUND", "MINE-88-OPEN-PIT", "MINE-88-TAILINGS")
                .noneMatch(code -> code.startsWith("IT-10-"));

        Checklist general = checklists.inForce(Sector.INDUSTRY_TRADE, Set.of(), day).stream()
                .filter(c -> c.getCode().equals("IT-10-GENERAL")).findFirst().orElseThrow();
        assertThat(general.getItems()).extracting(ChecklistItem::getReference)
                .containsExactly("第三条第（一）项", "第三条第（二）项", "第三条第（三）项");
        assertThat(general.getItems()).allMatch(ChecklistItem::isMajor);
    }

    @Test
    void every_industry_trade_list_holds_every_item_of_its_article_in_the_standards_order() {
        assertThat(itemCounts("IT-10-%")).containsOnly(
                entry("IT-10-GENERAL", 3L),
                entry("IT-10-METALLURGY", 8L),
                entry("IT-10-NONFERROUS", 13L),
                entry("IT-10-BUILDING-MATERIALS", 8L),
                entry("IT-10-MACHINERY", 7L),
                entry("IT-10-LIGHT-INDUSTRY", 7L),
                entry("IT-10-TEXTILE", 2L),
                entry("IT-10-TOBACCO", 2L),
                entry("IT-10-DUST", 10L),
                entry("IT-10-AMMONIA", 2L),
                entry("IT-10-CONFINED-SPACE", 2L));
        assertThat(references("IT-10-GENERAL"))
                .containsExactly("第三条第（一）项", "第三条第（二）项", "第三条第（三）项");
        assertThat(references("IT-10-BUILDING-MATERIALS")).hasSize(8)
                .startsWith("第六条第（一）项").endsWith("第六条第（八）项");
        assertThat(references("IT-10-DUST")).startsWith("第十一条第（一）项", "第十一条第（二）项")
                .endsWith("第十一条第（八）项", "第十一条第（九）项", "第十一条第（十）项");
        assertThat(references("IT-10-METALLURGY")).containsExactly("第四条第（一）项", "第四条第（二）项",
                "第四条第（三）项", "第四条第（四）项", "第四条第（五）项", "第四条第（六）项", "第四条第（七）项",
                "第四条第（八）项");
        assertThat(references("IT-10-NONFERROUS")).hasSize(13)
                .startsWith("第五条第（一）项").contains("第五条第（十）项").endsWith("第五条第（十三）项");
        assertThat(references("IT-10-MACHINERY")).containsExactly("第七条第（一）项", "第七条第（二）项",
                "第七条第（三）项", "第七条第（四）项", "第七条第（五）项", "第七条第（六）项", "第七条第（七）项");
        assertThat(references("IT-10-LIGHT-INDUSTRY")).hasSize(7)
                .startsWith("第八条第（一）项").endsWith("第八条第（七）项");
        assertThat(references("IT-10-TEXTILE")).containsExactly("第九条第（一）项", "第九条第（二）项");
        for (String code : List.of("IT-10-METALLURGY", "IT-10-NONFERROUS", "IT-10-MACHINERY", "IT-10-LIGHT-INDUSTRY",
                "IT-10-TEXTILE", "IT-10-DUST")) {
            assertThat(positions(code)).as(code).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, positions(code).size()).boxed().toList());
        }
    }

    @Test
    void the_mine_lists_hold_every_item_of_their_part_in_the_standards_order() {
        assertThat(itemCounts("MINE-88-%")).containsOnly(
                entry("MINE-88-UNDERGROUND", 32L),
                entry("MINE-88-OPEN-PIT", 13L),
                entry("MINE-88-TAILINGS", 19L));
        assertThat(references("MINE-88-UNDERGROUND")).hasSize(32)
                .startsWith("地下矿山 第（一）项", "地下矿山 第（二）项", "地下矿山 第（三）项", "地下矿山 第（四）项",
                        "地下矿山 第（五）项")
                .contains("地下矿山 第（二十）项", "地下矿山 第（二十一）项")
                .endsWith("地下矿山 第（三十一）项", "地下矿山 第（三十二）项");
        assertThat(references("MINE-88-OPEN-PIT")).hasSize(13)
                .startsWith("露天矿山 第（一）项").contains("露天矿山 第（七）项", "露天矿山 第（八）项")
                .endsWith("露天矿山 第（十三）项");
        assertThat(references("MINE-88-TAILINGS")).hasSize(19)
                .startsWith("尾矿库 第（一）项", "尾矿库 第（二）项").endsWith("尾矿库 第（十九）项");
        for (String code : List.of("MINE-88-UNDERGROUND", "MINE-88-OPEN-PIT", "MINE-88-TAILINGS")) {
            assertThat(positions(code)).as(code).isEqualTo(
                    java.util.stream.IntStream.rangeClosed(1, positions(code).size()).boxed().toList());
        }
    }

    @Test
    void the_supplementary_mine_situations_are_lists_of_their_own_beside_each_part() throws SQLException {
        assertThat(itemCounts("MINE-41-%")).containsOnly(
                entry("MINE-41-UNDERGROUND", 4L),
                entry("MINE-41-OPEN-PIT", 2L),
                entry("MINE-41-TAILINGS", 2L));
        Map<String, Object> underground = list("MINE-41-UNDERGROUND");
        assertThat(underground.get("source_document")).isEqualTo("矿安〔2024〕41号");
        assertThat(underground.get("industry")).isEqualTo("UNDERGROUND");
        assertThat(underground.get("status")).isEqualTo("IN_FORCE");
        assertThat(sectors(underground)).containsExactly("MINING");
        assertThat(underground.get("effective_from").toString()).isEqualTo(LocalDate.of(2024, 4, 23).toString());
        assertThat(list("MINE-41-TAILINGS").get("industry")).isEqualTo("TAILINGS");
        assertThat(list("MINE-41-OPEN-PIT").get("industry")).isEqualTo("OPEN_PIT");

        Map<String, Object> fuel = item("MINE-41-UNDERGROUND", 1);
        assertThat(fuel.get("basis"))
                .isEqualTo("矿安〔2024〕41号 金属非金属矿山重大事故隐患判定标准补充情形 一、地下矿山 地下矿山 第（一）项");
        assertThat(fuel.get("text").toString()).contains("进风井口", "50米");
        assertThat(fuel.get("major")).isEqualTo(true);
        assertThat(references("MINE-41-TAILINGS")).containsExactly("尾矿库 第（一）项", "尾矿库 第（二）项");

        LocalDate day = LocalDate.of(2026, 6, 1);
        assertThat(codes(checklists.industryListsInForce(Sector.MINING, day)))
                .contains("MINE-41-UNDERGROUND", "MINE-41-OPEN-PIT", "MINE-41-TAILINGS");
        assertThat(codes(checklists.industryListsInForce(Sector.MINING, LocalDate.of(2024, 4, 22))))
                .contains("MINE-88-TAILINGS").noneMatch(code -> code.startsWith("MINE-41-"));
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

        Map<String, Object> furnaceTop = item("IT-10-METALLURGY", 5);
        assertThat(furnaceTop.get("basis")).isEqualTo(ORDER_10 + "第四条第（五）项");
        assertThat(furnaceTop.get("text").toString()).contains("高炉", "炉顶放散阀");
        Map<String, Object> wireRope = item("IT-10-NONFERROUS", 10);
        assertThat(wireRope.get("reference")).isEqualTo("第五条第（十）项");
        assertThat(wireRope.get("text").toString()).contains("钢芯钢丝绳");
        assertThat(item("IT-10-LIGHT-INDUSTRY", 7).get("text").toString()).contains("锂离子电池", "故障电池");
        assertThat(item("IT-10-TEXTILE", 2).get("basis")).isEqualTo(ORDER_10 + "第九条第（二）项");
        assertThat(item("IT-10-DUST", 10).get("text").toString()).contains("粉尘清理制度");

        Map<String, Object> exits = item("MINE-88-UNDERGROUND", 1);
        assertThat(exits.get("basis")).isEqualTo(MINES_88 + "一、地下矿山 地下矿山 第（一）项");
        assertThat(exits.get("text").toString()).contains("安全出口", "30米", "1000米", "梯子间");

        Map<String, Object> ventilation = item("MINE-88-UNDERGROUND", 20);
        assertThat(ventilation.get("basis")).isEqualTo(MINES_88 + "一、地下矿山 地下矿山 第（二十）项");
        assertThat(ventilation.get("text").toString()).contains("机械通风", "反风", "10分钟");
        assertThat(item("MINE-88-OPEN-PIT", 13).get("text").toString()).contains("排土场", "回采");
        Map<String, Object> phreatic = item("MINE-88-TAILINGS", 7);
        assertThat(phreatic.get("basis")).isEqualTo(MINES_88 + "三、尾矿库 尾矿库 第（七）项");
        assertThat(phreatic.get("text").toString()).contains("浸润线");
        assertThat(item("MINE-88-TAILINGS", 15).get("text").toString()).contains("0.98");

        assertThat(jdbc.sql("SELECT count(*) FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id"
                        + " WHERE (c.code LIKE 'IT-10-%' OR c.code LIKE 'MINE-%') AND NOT i.major")
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
        assertThat(list("IT-10-NONFERROUS").get("industry")).isEqualTo("NONFERROUS");
        assertThat(list("IT-10-LIGHT-INDUSTRY").get("industry")).isEqualTo("LIGHT_INDUSTRY");
        assertThat(list("IT-10-TEXTILE").get("industry")).isEqualTo("TEXTILE");
        assertThat(sectors(list("IT-10-TEXTILE"))).containsExactly("INDUSTRY_TRADE");
        assertThat(list("IT-10-NONFERROUS").get("effective_from").toString())
                .isEqualTo(LocalDate.of(2023, 5, 15).toString());

        Map<String, Object> underground = list("MINE-88-UNDERGROUND");
        assertThat(sectors(underground)).containsExactly("MINING");
        assertThat(underground.get("industry")).isEqualTo("UNDERGROUND");
        assertThat(list("MINE-88-OPEN-PIT").get("industry")).isEqualTo("OPEN_PIT");
        Map<String, Object> tailings = list("MINE-88-TAILINGS");
        assertThat(sectors(tailings)).containsExactly("MINING");
        assertThat(tailings.get("industry")).isEqualTo("TAILINGS");
        assertThat(tailings.get("source_document")).isEqualTo("矿安〔2022〕88号");
        assertThat(tailings.get("effective_from").toString()).isEqualTo(LocalDate.of(2022, 9, 1).toString());
        assertThat(underground.get("source_document")).isEqualTo("矿安〔2022〕88号");
        assertThat(underground.get("effective_from").toString()).isEqualTo(LocalDate.of(2022, 9, 1).toString());
    }

    @Test
    void every_list_is_complete_and_in_force() {
        Map<String, String> statuses = jdbc.sql("SELECT code, status FROM checklist"
                        + " WHERE (code LIKE 'IT-10-%' OR code LIKE 'MINE-88-%') AND version = 1")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(statuses).containsOnly(
                entry("IT-10-GENERAL", "IN_FORCE"),
                entry("IT-10-METALLURGY", "IN_FORCE"),
                entry("IT-10-NONFERROUS", "IN_FORCE"),
                entry("IT-10-BUILDING-MATERIALS", "IN_FORCE"),
                entry("IT-10-MACHINERY", "IN_FORCE"),
                entry("IT-10-LIGHT-INDUSTRY", "IN_FORCE"),
                entry("IT-10-TEXTILE", "IN_FORCE"),
                entry("IT-10-TOBACCO", "IN_FORCE"),
                entry("IT-10-DUST", "IN_FORCE"),
                entry("IT-10-AMMONIA", "IN_FORCE"),
                entry("IT-10-CONFINED-SPACE", "IN_FORCE"),
                entry("MINE-88-UNDERGROUND", "IN_FORCE"),
                entry("MINE-88-OPEN-PIT", "IN_FORCE"),
                entry("MINE-88-TAILINGS", "IN_FORCE"));
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

    private List<Integer> positions(String code) {
        return jdbc.sql("SELECT i.position FROM checklist_item i JOIN checklist c ON c.id = i.checklist_id"
                        + " WHERE c.code = :code AND c.version = 1 ORDER BY i.position")
                .param("code", code).query(Integer.class).list();
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
