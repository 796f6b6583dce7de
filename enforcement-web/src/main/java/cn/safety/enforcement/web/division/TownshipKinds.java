package cn.safety.enforcement.web.division;

import cn.safety.enforcement.domain.RuleViolation;
import cn.safety.enforcement.domain.division.TownshipKind;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kind as the form and the API send it: blank is none, anything else must name a kind (the refusal lists them). */
final class TownshipKinds {

    private TownshipKinds() {
    }

    static TownshipKind parse(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        try {
            return TownshipKind.valueOf(kind.strip());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("kind", "township.kind.invalid", Arrays.stream(TownshipKind.values())
                    .map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
