package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.hazard.ListingHazards;
import cn.safety.enforcement.domain.hazard.ListingHazards.Line;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * The columns of the three lists (三清单, 004§11), the same on the page, in the XLSX and in the JSON: the problem list
 * (the hazard and its basis), the responsibility list (who answers for the rectification: the 五落实 responsible person,
 * the department, the inspector) and the rectification list (measures, deadline, state, acceptance).
 */
@Component
class HazardListColumns {

    /** A column: its name in the JSON, and its value for a line in a locale. */
    record Column(String name, BiFunction<Line, Locale, String> value) {

        public String label() {
            return "hazard.lists.col." + name;
        }
    }

    private final MessageSource messages;
    private final Map<ListingHazards.Kind, List<Column>> columns;

    HazardListColumns(MessageSource messages) {
        this.messages = messages;
        Column id = new Column("id", (l, loc) -> String.valueOf(l.id()));
        Column enterprise = new Column("enterprise", (l, loc) -> l.enterpriseName());
        Column department = new Column("department", (l, loc) -> l.departmentName());
        Column description = new Column("description", (l, loc) -> l.description());
        Column status = new Column("status", (l, loc) -> text("hazard.status." + l.status(), loc)
                + (l.overdue() ? text("hazard.lists.overdue", loc) : ""));
        Column due = new Column("dueOn", (l, loc) -> str(l.dueOn()));
        this.columns = Map.of(
                ListingHazards.Kind.PROBLEM, List.of(id, enterprise, description,
                        new Column("place", (l, loc) -> str(l.place())),
                        new Column("grade", (l, loc) -> text("hazard.grade." + l.grade(), loc)),
                        new Column("source", (l, loc) -> text("hazard.source." + l.source(), loc)),
                        new Column("legalBasis", (l, loc) -> str(l.legalBasis())),
                        new Column("foundOn", (l, loc) -> str(l.foundOn())), status),
                ListingHazards.Kind.RESPONSIBILITY, List.of(id, enterprise, description,
                        new Column("responsiblePerson", (l, loc) -> str(l.responsiblePerson())), department,
                        new Column("foundBy", (l, loc) -> str(l.foundBy())),
                        new Column("orderedBy", (l, loc) -> str(l.orderedBy())), due),
                ListingHazards.Kind.RECTIFICATION, List.of(id, enterprise, description,
                        new Column("requirements", (l, loc) -> str(l.requirements())),
                        new Column("measures", (l, loc) -> str(l.measures())),
                        new Column("funds", (l, loc) -> l.funds() == null ? "" : l.funds().toPlainString()),
                        new Column("plannedCompletion", (l, loc) -> str(l.plannedCompletion())), due, status,
                        new Column("acceptance", (l, loc) -> l.acceptanceExperts() == null ? ""
                                : l.acceptanceExperts() + "：" + str(l.acceptanceConclusion())),
                        new Column("verifiedOn", (l, loc) -> str(l.verifiedOn())),
                        new Column("closedOn", (l, loc) -> str(l.closedOn()))));
    }

    List<Column> of(ListingHazards.Kind kind) {
        return columns.get(kind);
    }

    static ListingHazards.Kind kind(String text) {
        if (text == null || text.isBlank()) {
            return ListingHazards.Kind.PROBLEM;
        }
        try {
            return ListingHazards.Kind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("kind", "hazard.lists.kind.unknown");
        }
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, code, locale);
    }

    private static String str(Object o) {
        return Objects.toString(o, "");
    }
}
