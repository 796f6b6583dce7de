package cn.safety.enforcement.web.e2e;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Finds rows that should not be in an answer: any of their markers (credit code, name, document number) anywhere in
 * the body, whatever its format, and for JSON answers any list element whose {@code id} is the id of such a row of the
 * same collection (an enterprise id in an enterprise list; ids of other kinds of records are not compared).
 */
final class LeakDetector {

    /** A record someone must not see: its collection (the first path segment after /api/v1), id and markers. */
    record Row(String label, String collection, long id, Set<String> markers) {
    }

    private LeakDetector() {
    }

    /** What of {@code outOfScope} the body shows; empty when nothing leaks. */
    static List<String> leaks(String body, String collection, Collection<Row> outOfScope) {
        List<String> found = new ArrayList<>();
        for (Row row : outOfScope) {
            for (String marker : row.markers()) {
                if (body.contains(marker)) {
                    found.add(row.label() + " (" + marker + ")");
                }
            }
        }
        JsonNode json = parse(body);
        if (json != null) {
            List<Long> listed = new ArrayList<>();
            listedIds(json, false, listed);
            for (Row row : outOfScope) {
                if (row.collection().equals(collection) && listed.contains(row.id())) {
                    found.add(row.label() + " (id " + row.id() + ")");
                }
            }
        }
        return found;
    }

    private static void listedIds(JsonNode node, boolean inArray, List<Long> ids) {
        if (node.isObject()) {
            JsonNode id = node.get("id");
            if (inArray && id != null && id.isIntegralNumber()) {
                ids.add(id.asLong());
            }
            for (JsonNode child : node.values()) {
                listedIds(child, false, ids);
            }
        } else if (node.isArray()) {
            for (JsonNode child : node.values()) {
                listedIds(child, true, ids);
            }
        }
    }

    private static JsonNode parse(String body) {
        String b = body.strip();
        if (!(b.startsWith("{") || b.startsWith("["))) {
            return null;
        }
        try {
            return Http.JSON.readTree(b);
        } catch (RuntimeException notJson) {
            return null;
        }
    }
}
