package cn.safety.enforcement.domain.enterprise;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The features of an enterprise as the array column {@code enterprise.features} holds them: the names, in the order of
 * {@link Feature}, so that the same set is always the same array.
 */
@Converter
class FeaturesColumn implements AttributeConverter<Set<Feature>, String[]> {

    @Override
    public String[] convertToDatabaseColumn(Set<Feature> features) {
        if (features == null) {
            return new String[0];
        }
        return features.stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    @Override
    public Set<Feature> convertToEntityAttribute(String[] names) {
        if (names == null || names.length == 0) {
            return Set.of();
        }
        return Collections.unmodifiableSet(Arrays.stream(names).map(Feature::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Feature.class))));
    }
}
