package cn.safety.enforcement.web.checklist;

import cn.safety.enforcement.domain.checklist.Checklist;
import cn.safety.enforcement.domain.checklist.ChecklistItem;
import cn.safety.enforcement.domain.checklist.ChecklistStatus;
import cn.safety.enforcement.domain.checklist.ReadingChecklists;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.Sector;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The checklists for integrations and the inspector's phone: national reference data, the same for every caller, so
 * outside any jurisdiction scope; any signed-in user or token reads them.
 */
@RestController
@Tag(name = "checklists", description = "执法检查重点事项清单 (002§(三)): the items an inspection checks per sector and"
        + " feature, versioned, each with its citation and whether failing it is a 重大事故隐患 (national reference data)")
class ChecklistApi {

    private final ReadingChecklists reading;

    ChecklistApi(ReadingChecklists reading) {
        this.reading = reading;
    }

    @Schema(description = "One item of a checklist version. Inspections refer to it by `id`, which never changes.")
    record ItemJson(long id, int position,
                    @Schema(description = "the item's number in the standard", example = "第（五）项") String reference,
                    @Schema(description = "what is checked, in short") String text,
                    @Schema(description = "the citation a decision quotes",
                            example = "安监总管三〔2017〕121号 化工和危险化学品生产经营单位重大生产安全事故隐患判定标准（试行） 第（五）项")
                    String basis,
                    @Schema(description = "failing it is a 重大事故隐患") boolean major) {

        static ItemJson of(ChecklistItem i) {
            return new ItemJson(i.getId(), i.getPosition(), i.getReference(), i.getText(), i.getBasis(), i.isMajor());
        }
    }

    @Schema(description = "One version of a checklist with its items in order")
    record ChecklistJson(long id,
                         @Schema(description = "stable key of the list across versions", example = "HC-121") String code,
                         int version, String title,
                         @Schema(example = "安监总管三〔2017〕121号") String sourceDocument, List<Sector> sectors,
                         @Schema(description = "only for enterprises with this feature; null: every enterprise of the"
                                 + " sectors") Feature feature,
                         @Schema(description = "工贸 sub-industry of a list the inspector adds by hand; null: chosen"
                                 + " automatically") String industry,
                         LocalDate effectiveFrom,
                         @Schema(description = "exclusive; null: open") LocalDate effectiveUntil,
                         ChecklistStatus status, List<ItemJson> items) {

        static ChecklistJson of(Checklist c) {
            return new ChecklistJson(c.getId(), c.getCode(), c.getVersion(), c.getTitle(), c.getSourceDocument(),
                    c.getSectors().stream().sorted().toList(), c.getFeature(), c.getIndustry(), c.getEffectiveFrom(),
                    c.getEffectiveUntil(), c.getStatus(), c.getItems().stream().map(ItemJson::of).toList());
        }
    }

    record ChecklistsJson(@Schema(description = "the day the lists apply on") LocalDate on,
                          List<ChecklistJson> checklists) {
    }

    @GetMapping("/api/v1/checklists")
    @Operation(summary = "The checklist versions in force on a day, with their items. With `sector`: the lists an"
            + " inspection of an enterprise of that sector (and `feature`s) works through automatically, then the"
            + " sub-industry lists of the sector an inspector may add (`industry` not null). Without `sector`: every"
            + " list in force. An unknown sector or feature or a malformed date is a 400 problem naming the parameter.")
    ChecklistsJson inForce(
            @Parameter(description = "the enterprise's sector", schema = @Schema(implementation = Sector.class))
            @RequestParam(required = false) Sector sector,
            @Parameter(description = "the enterprise's features (repeat the parameter for several)")
            @RequestParam(required = false) List<Feature> feature,
            @Parameter(description = "the day, ISO date; today when absent",
                    schema = @Schema(type = "string", format = "date", example = "2026-03-02"))
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        LocalDate day = on == null ? reading.today() : on;
        Set<Feature> features = EnumSet.noneOf(Feature.class);
        if (feature != null) {
            feature.stream().filter(java.util.Objects::nonNull).forEach(features::add);
        }
        return new ChecklistsJson(day, reading.inForce(sector, features, day).stream().map(ChecklistJson::of).toList());
    }

    @GetMapping("/api/v1/checklists/{id}")
    @Operation(summary = "One checklist version with its items, whatever its status (a version no longer in force"
            + " stays readable: inspections that used it refer to its items); 404 when there is none")
    ChecklistJson get(@PathVariable long id) {
        return ChecklistJson.of(reading.get(id));
    }
}
