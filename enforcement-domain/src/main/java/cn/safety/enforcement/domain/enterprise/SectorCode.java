package cn.safety.enforcement.domain.enterprise;

import java.util.Locale;
import java.util.Optional;

/**
 * A sector code as API clients and older files send it: a {@link Sector}, or one of the former sector codes that are
 * now features of a 工贸 enterprise ({@code COMBUSTIBLE_DUST} reads as 工贸 with the feature 涉爆粉尘).
 */
public record SectorCode(Sector sector, Feature feature) {

    /** The former sector codes (before the features), each the sector and feature it stands for now. */
    public enum Former {
        COMBUSTIBLE_DUST(Feature.COMBUSTIBLE_DUST),
        AMMONIA_REFRIGERATION(Feature.AMMONIA_REFRIGERATION),
        CONFINED_SPACE(Feature.CONFINED_SPACE);

        private final Feature feature;

        Former(Feature feature) {
            this.feature = feature;
        }

        public SectorCode now() {
            return new SectorCode(Sector.INDUSTRY_TRADE, feature);
        }
    }

    public static SectorCode of(Sector sector) {
        return new SectorCode(sector, null);
    }

    /** Reads a code of either kind, ignoring case and surrounding blanks; empty for anything else. */
    public static Optional<SectorCode> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String name = code.strip().toUpperCase(Locale.ROOT);
        for (Sector s : Sector.values()) {
            if (s.name().equals(name)) {
                return Optional.of(of(s));
            }
        }
        for (Former f : Former.values()) {
            if (f.name().equals(name)) {
                return Optional.of(f.now());
            }
        }
        return Optional.empty();
    }
}
