package cn.safety.enforcement.domain.division;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationTest {

    private final Location hebei = new Location("130000", null, "130000");
    private final Location shijiazhuang = new Location("130100", "130100", "130000");
    private final Location tangshan = new Location("130200", "130200", "130000");
    private final Location zhengding = new Location("130123", "130100", "130000");
    private final Location luancheng = new Location("130124", "130100", "130000");
    private final Location tianjin = new Location("120000", null, "120000");
    private final Location binhai = new Location("120116", null, "120000");

    @Test
    void a_province_contains_its_cities_and_their_counties() {
        assertThat(hebei.contains(shijiazhuang)).isTrue();
        assertThat(hebei.contains(zhengding)).isTrue();
    }

    @Test
    void a_city_contains_its_counties() {
        assertThat(shijiazhuang.contains(zhengding)).isTrue();
        assertThat(shijiazhuang.contains(luancheng)).isTrue();
    }

    @Test
    void containment_never_goes_upwards() {
        assertThat(zhengding.contains(shijiazhuang)).isFalse();
        assertThat(zhengding.contains(hebei)).isFalse();
        assertThat(shijiazhuang.contains(hebei)).isFalse();
    }

    @Test
    void siblings_do_not_contain_each_other() {
        assertThat(zhengding.contains(luancheng)).isFalse();
        assertThat(luancheng.contains(zhengding)).isFalse();
        assertThat(tangshan.contains(zhengding)).isFalse();
        assertThat(shijiazhuang.contains(tangshan)).isFalse();
    }

    @Test
    void a_municipality_district_without_a_city_is_contained_by_its_municipality() {
        assertThat(binhai.cityCode()).isNull();
        assertThat(tianjin.contains(binhai)).isTrue();
        assertThat(tianjin.strictlyContains(binhai)).isTrue();
    }

    @Test
    void a_municipality_district_is_not_contained_by_another_province() {
        assertThat(hebei.contains(binhai)).isFalse();
        assertThat(shijiazhuang.contains(binhai)).isFalse();
        assertThat(tianjin.contains(zhengding)).isFalse();
    }

    @Test
    void a_municipality_district_does_not_contain_its_municipality() {
        assertThat(binhai.contains(tianjin)).isFalse();
    }

    @Test
    void every_location_contains_itself() {
        for (Location l : new Location[] {hebei, shijiazhuang, zhengding, tianjin, binhai}) {
            assertThat(l.contains(l)).as(l.toString()).isTrue();
        }
    }

    @Test
    void strictly_contains_excludes_the_location_itself() {
        for (Location l : new Location[] {hebei, shijiazhuang, zhengding, tianjin, binhai}) {
            assertThat(l.strictlyContains(l)).as(l.toString()).isFalse();
        }
        assertThat(hebei.strictlyContains(new Location("130000", null, "130000"))).isFalse();
    }

    @Test
    void strictly_contains_holds_for_everything_below() {
        assertThat(hebei.strictlyContains(shijiazhuang)).isTrue();
        assertThat(hebei.strictlyContains(zhengding)).isTrue();
        assertThat(shijiazhuang.strictlyContains(zhengding)).isTrue();
        assertThat(zhengding.strictlyContains(shijiazhuang)).isFalse();
    }

    @Test
    void locations_are_equal_by_division_code() {
        Location same = new Location("130123", "130100", "130000");
        assertThat(same).isEqualTo(zhengding).hasSameHashCodeAs(zhengding);
        assertThat(zhengding).isNotEqualTo(luancheng);
        assertThat(zhengding).hasToString("130123");
    }

    @Test
    void division_and_province_codes_are_required() {
        assertThatThrownBy(() -> new Location(null, "130100", "130000")).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Location("130123", "130100", null)).isInstanceOf(NullPointerException.class);
    }
}
