package cn.safety.enforcement.web.division;

/**
 * {@code POST /api/v1/townships}: the county ({@code countyCode}, or {@code divisionCode} as the list names it), the
 * name, the kind (TOWN, TOWNSHIP, SUBDISTRICT or ZONE; TOWN when absent) and the official 9-digit code when known.
 */
public record TownshipCreation(String countyCode, String divisionCode, String name, String kind, String code) {

    String county() {
        return countyCode != null && !countyCode.isBlank() ? countyCode : divisionCode;
    }
}
