package cn.safety.enforcement.web.division;

/**
 * A township, street or zone of a county: {@code kind} is TOWN, TOWNSHIP, SUBDISTRICT or ZONE; code may be null;
 * {@code version} is sent back when renaming it.
 */
public record TownshipView(Long id, String code, String name, String kind, String divisionCode, long version) {

    public static TownshipView of(cn.safety.enforcement.domain.division.Township t) {
        return new TownshipView(t.getId(), t.getCode(), t.getName(), t.getKind().name(), t.getDivisionCode(),
                t.getVersion());
    }

    public static java.util.List<TownshipView> of(java.util.List<cn.safety.enforcement.domain.division.Township> all) {
        return all.stream().map(TownshipView::of).toList();
    }
}
