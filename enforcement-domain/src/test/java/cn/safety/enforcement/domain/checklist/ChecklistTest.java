package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.Conflict;
import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSourceResolvable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecklistTest {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ChecklistHeading HC = new ChecklistHeading("HC-121",
            "化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行）", "安监总管三〔2017〕121号",
            Set.of(Sector.HAZARDOUS_CHEMICALS), null, null);

    private static ChecklistItemDraft item(int n) {
        return new ChecklistItemDraft("第（" + n + "）项", "核查第" + n + "项", "安监总管三〔2017〕121号 第（" + n + "）项",
                true);
    }

    private static Checklist inForce(LocalDate from, int items) {
        Checklist c = Checklist.draft(HC, java.util.stream.IntStream.rangeClosed(1, items).mapToObj(ChecklistTest::item)
                .toList(), "hb-admin", NOW, TODAY);
        c.putInForce(from, Optional.empty(), 10L);
        return c;
    }

    @Test
    void a_new_list_is_drafted_as_version_one_with_its_items_in_order() {
        Checklist c = Checklist.draft(HC, List.of(item(1), item(2)), "hb-admin", NOW, TODAY);
        assertThat(c.getVersion()).isEqualTo(1);
        assertThat(c.getStatus()).isEqualTo(ChecklistStatus.DRAFT);
        assertThat(c.getItems()).extracting(ChecklistItem::getPosition).containsExactly(1, 2);
        assertThat(c.getItems()).extracting(ChecklistItem::getReference).containsExactly("第（1）项", "第（2）项");
        assertThat(c.appliesOn(TODAY)).as("a draft applies on no day").isFalse();
    }

    @Test
    void a_list_needs_a_code_a_title_a_document_and_a_sector() {
        ChecklistHeading empty = new ChecklistHeading(" ", "", null, Set.of(), null, null);
        assertThatThrownBy(() -> Checklist.draft(empty, List.of(), "hb-admin", NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(RuleViolation.Problem::field)
                        .containsExactly("code", "title", "sourceDocument", "sectors"));
    }

    @Test
    void a_feature_needs_a_sector_that_takes_features() {
        ChecklistHeading dust = new ChecklistHeading("DUST", "粉尘", "应急管理部令第10号", Set.of(Sector.MINING),
                Feature.COMBUSTIBLE_DUST, null);
        assertThatThrownBy(() -> Checklist.draft(dust, List.of(), "hb-admin", NOW, TODAY))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems())
                        .extracting(RuleViolation.Problem::messageCode).containsExactly("checklist.feature.sector"));
    }

    @Test
    void a_new_version_is_a_draft_holding_a_copy_of_the_heading_and_items() {
        Checklist first = inForce(LocalDate.of(2017, 11, 13), 3);
        Checklist second = first.draftNextVersion("hb-admin", NOW, TODAY);
        assertThat(second.getVersion()).isEqualTo(2);
        assertThat(second.getCode()).isEqualTo("HC-121");
        assertThat(second.getStatus()).isEqualTo(ChecklistStatus.DRAFT);
        assertThat(second.getItems()).extracting(ChecklistItem::getText)
                .containsExactlyElementsOf(first.getItems().stream().map(ChecklistItem::getText).toList());
        assertThat(second.getItems()).allSatisfy(i -> assertThat(i.getChecklist()).isSameAs(second));
        assertThat(first.getStatus()).as("the version copied is untouched").isEqualTo(ChecklistStatus.IN_FORCE);
    }

    @Test
    void a_draft_is_not_copied_into_another_draft() {
        Checklist draft = Checklist.draft(HC, List.of(item(1)), "hb-admin", NOW, TODAY);
        assertThatThrownBy(() -> draft.draftNextVersion("hb-admin", NOW, TODAY)).isInstanceOf(Conflict.class);
    }

    @Test
    void items_of_a_version_in_force_never_change() {
        Checklist c = inForce(LocalDate.of(2017, 11, 13), 2);
        assertThatThrownBy(() -> c.reviseItems(List.of(item(9)), null, 10L))
                .isInstanceOfSatisfying(Conflict.class, e -> {
                    assertThat(e.problems().get(0).messageCode()).isEqualTo("checklist.step.refused");
                    assertThat(e.problems().get(0).args()[1]).isEqualTo("IN_FORCE");
                });
        assertThatThrownBy(() -> c.revise(HC, 10L)).isInstanceOf(Conflict.class);
        assertThat(c.getItems()).hasSize(2);
    }

    @Test
    void a_drafts_items_are_replaced_position_by_position_growing_and_shrinking() {
        Checklist c = Checklist.draft(HC, List.of(item(1), item(2), item(3)), "hb-admin", NOW, TODAY);
        ChecklistItem kept = c.getItems().get(0);
        ChecklistItemsRevised revised = c.reviseItems(List.of(item(7), item(8)), "items.xlsx", 10L);
        assertThat(c.getItems()).extracting(ChecklistItem::getReference).containsExactly("第（7）项", "第（8）项");
        assertThat(c.getItems().get(0)).as("the row at a kept position is reused").isSameAs(kept);
        assertThat(revised.before().itemCount()).isEqualTo(3);
        assertThat(revised.after().itemCount()).isEqualTo(2);
        assertThat(revised.details()).containsEntry("fileName", "items.xlsx");
        c.reviseItems(List.of(item(1), item(2), item(3), item(4)), null, 10L);
        assertThat(c.getItems()).extracting(ChecklistItem::getPosition).containsExactly(1, 2, 3, 4);
    }

    @Test
    void one_bad_item_refuses_them_all_naming_the_row_and_the_draft_stays_as_it_was() {
        Checklist c = Checklist.draft(HC, List.of(item(1)), "hb-admin", NOW, TODAY);
        List<ChecklistItemDraft> rows = List.of(
                new ChecklistItemDraft("第（一）项", "核查", "依据", true, 2),
                new ChecklistItemDraft("第（二）项", " ", "依据", true, 3),
                new ChecklistItemDraft("x".repeat(101), "核查", "", false, 4));
        assertThatThrownBy(() -> c.reviseItems(rows, "bad.xlsx", 10L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.problems()).extracting(RuleViolation.Problem::messageCode).containsExactly(
                            "checklist.item.text.required", "checklist.item.reference.tooLong",
                            "checklist.item.basis.required");
                    MessageSourceResolvable where = (MessageSourceResolvable) v.problems().get(0).args()[0];
                    assertThat(where.getCodes()).containsExactly("checklist.item.row");
                    assertThat(where.getArguments()).containsExactly(3);
                });
        assertThat(c.getItems()).extracting(ChecklistItem::getReference).containsExactly("第（1）项");
    }

    @Test
    void putting_a_new_version_in_force_ends_the_previous_one_on_that_date_and_both_stay_readable() {
        Checklist first = inForce(LocalDate.of(2017, 11, 13), 2);
        Checklist second = first.draftNextVersion("hb-admin", NOW, TODAY);
        LocalDate from = LocalDate.of(2026, 4, 1);
        ChecklistPutInForce put = second.putInForce(from, Optional.of(first), 10L);
        assertThat(first.getEffectiveUntil()).isEqualTo(from);
        assertThat(first.getStatus()).isEqualTo(ChecklistStatus.IN_FORCE);
        assertThat(first.appliesOn(from.minusDays(1))).isTrue();
        assertThat(first.appliesOn(from)).isFalse();
        assertThat(second.appliesOn(from.minusDays(1))).isFalse();
        assertThat(second.appliesOn(from)).isTrue();
        assertThat(second.appliesOn(LocalDate.of(2040, 1, 1))).isTrue();
        assertThat(put.before().status()).isEqualTo(ChecklistStatus.DRAFT);
        assertThat(put.after().effectiveFrom()).isEqualTo(from);
        assertThat(put.departmentId()).isEqualTo(10L);
    }

    @Test
    void a_new_version_takes_effect_only_after_the_previous_one_did() {
        Checklist first = inForce(LocalDate.of(2017, 11, 13), 2);
        Checklist second = first.draftNextVersion("hb-admin", NOW, TODAY);
        assertThatThrownBy(() -> second.putInForce(LocalDate.of(2017, 11, 13), Optional.of(first), 10L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                        .isEqualTo("checklist.effectiveFrom.afterPrevious"));
        assertThat(first.getEffectiveUntil()).as("nothing changed").isNull();
        assertThat(second.getStatus()).isEqualTo(ChecklistStatus.DRAFT);
    }

    @Test
    void a_draft_without_items_or_without_a_date_is_not_put_in_force() {
        Checklist empty = Checklist.draft(HC, List.of(), "hb-admin", NOW, TODAY);
        assertThatThrownBy(() -> empty.putInForce(TODAY, Optional.empty(), 10L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                        .isEqualTo("checklist.items.required"));
        Checklist one = Checklist.draft(HC, List.of(item(1)), "hb-admin", NOW, TODAY);
        assertThatThrownBy(() -> one.putInForce(null, Optional.empty(), 10L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                        .isEqualTo("checklist.effectiveFrom.required"));
    }

    @Test
    void a_version_in_force_is_not_put_in_force_twice() {
        Checklist c = inForce(LocalDate.of(2017, 11, 13), 1);
        assertThatThrownBy(() -> c.putInForce(TODAY, Optional.empty(), 10L)).isInstanceOf(Conflict.class);
    }

    @Test
    void retiring_ends_the_list_on_the_date_with_a_reason_and_nothing_comes_after() {
        Checklist c = inForce(LocalDate.of(2017, 11, 13), 1);
        assertThatThrownBy(() -> c.retire(LocalDate.of(2017, 11, 13), "废止", 10L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                        .isEqualTo("checklist.effectiveUntil.outside"));
        assertThatThrownBy(() -> c.retire(TODAY, " ", 10L))
                .isInstanceOfSatisfying(RuleViolation.class, v -> assertThat(v.problems().get(0).messageCode())
                        .isEqualTo("checklist.reason.required"));
        ChecklistRetired retired = c.retire(TODAY, "被新标准取代", 10L);
        assertThat(c.getStatus()).isEqualTo(ChecklistStatus.RETIRED);
        assertThat(c.appliesOn(TODAY.minusDays(1))).isTrue();
        assertThat(c.appliesOn(TODAY)).isFalse();
        assertThat(retired.details()).containsEntry("reason", "被新标准取代");
        assertThatThrownBy(() -> c.retire(TODAY, "again", 10L)).isInstanceOf(Conflict.class);
    }

    @Test
    void a_list_applies_to_its_sectors_and_when_it_names_a_feature_only_to_enterprises_with_it() {
        Checklist hc = inForce(LocalDate.of(2017, 11, 13), 1);
        assertThat(hc.appliesTo(Sector.HAZARDOUS_CHEMICALS, Set.of())).isTrue();
        assertThat(hc.appliesTo(Sector.FIREWORKS, Set.of())).isFalse();
        Checklist dust = Checklist.draft(new ChecklistHeading("IT-10-DUST", "粉尘涉爆", "应急管理部令第10号",
                Set.of(Sector.INDUSTRY_TRADE, Sector.METALLURGY), Feature.COMBUSTIBLE_DUST, null), List.of(item(1)),
                "hb-admin", NOW, TODAY);
        assertThat(dust.appliesTo(Sector.INDUSTRY_TRADE, Set.of(Feature.COMBUSTIBLE_DUST))).isTrue();
        assertThat(dust.appliesTo(Sector.INDUSTRY_TRADE, Set.of(Feature.CONFINED_SPACE))).isFalse();
        assertThat(dust.automatic()).isTrue();
        Checklist nonferrous = Checklist.draft(new ChecklistHeading("IT-10-NONFERROUS", "有色", "应急管理部令第10号",
                Set.of(Sector.INDUSTRY_TRADE), null, "NONFERROUS"), List.of(item(1)), "hb-admin", NOW, TODAY);
        assertThat(nonferrous.automatic()).as("a sub-industry list is added by the inspector").isFalse();
    }

    @Test
    void the_status_table_allows_draft_to_in_force_to_retired_only() {
        assertThat(ChecklistStatus.DRAFT.canMoveTo(ChecklistStatus.IN_FORCE)).isTrue();
        assertThat(ChecklistStatus.DRAFT.canMoveTo(ChecklistStatus.RETIRED)).isFalse();
        assertThat(ChecklistStatus.IN_FORCE.canMoveTo(ChecklistStatus.RETIRED)).isTrue();
        assertThat(ChecklistStatus.IN_FORCE.canMoveTo(ChecklistStatus.DRAFT)).isFalse();
        assertThat(ChecklistStatus.RETIRED.canMoveTo(ChecklistStatus.IN_FORCE)).isFalse();
        assertThat(ChecklistStatus.RETIRED.canMoveTo(ChecklistStatus.DRAFT)).isFalse();
    }
}
