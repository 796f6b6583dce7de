package cn.safety.enforcement.web.entrustment;

/** A township, street or zone of a county: {@code kind} is TOWN, TOWNSHIP, SUBDISTRICT or ZONE; code may be null. */
public record TownshipView(Long id, String code, String name, String kind, String divisionCode) {
}
