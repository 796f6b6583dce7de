package cn.safety.enforcement.domain.checklist;

import cn.safety.enforcement.domain.enterprise.Sector;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The sectors of a checklist as the array column {@code checklist.sectors} holds them, in the order of {@link Sector}. */
@Converter
class SectorsColumn implements AttributeConverter<Set<Sector>, String[]> {

    @Override
    public String[] convertToDatabaseColumn(Set<Sector> sectors) {
        if (sectors == null) {
            return new String[0];
        }
        return sectors.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    @Override
    public Set<Sector> convertToEntityAttribute(String[] names) {
        if (names == null || names.length == 0) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(names).map(Sector::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Sector.class))));
    }
}
