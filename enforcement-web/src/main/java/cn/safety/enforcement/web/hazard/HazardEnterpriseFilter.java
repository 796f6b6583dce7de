package cn.safety.enforcement.web.hazard;

import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.enterprise.EnterpriseChoice;
import cn.safety.enforcement.web.enterprise.EnterpriseChoices;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The enterprise filter of the hazard list page: an enterprise by id (a link from elsewhere, or a choice offered), or a
 * name or credit code typed, searched among the enterprises the user may read ({@link EnterpriseChoices}). One match
 * filters at once; several are offered to choose from; none shows no hazards. Without script the form's text is
 * searched so; with script the same choices are offered while typing. The enterprise's name fills the field only when
 * the user may read the enterprise, so that an id outside the scope names nothing.
 */
@Component
class HazardEnterpriseFilter {

    private final ReadingEnterprises enterprises;
    private final EnterpriseChoices choices;

    HazardEnterpriseFilter(ReadingEnterprises enterprises, EnterpriseChoices choices) {
        this.enterprises = enterprises;
        this.choices = choices;
    }

    /**
     * The filter decided: {@code enterpriseId} to list by (null for every enterprise), the {@code text} the field
     * shows, the {@code choices} when the text matched several or none ({@code searched}), and whether the list is
     * shown (not while the enterprise is still to be chosen).
     */
    record Decided(Long enterpriseId, String text, List<EnterpriseChoice> choices, boolean searched, boolean listed) {

        static Decided byId(Long id, String text) {
            return new Decided(id, text, List.of(), false, true);
        }
    }

    /**
     * Decides from the id asked for and the text of the field: the text is absent from a link (the id alone filters),
     * blank when the user cleared it (no enterprise filter), the chosen enterprise's name when the form is sent again
     * (the id still filters), anything else a new search.
     */
    Decided decide(Actor actor, Long enterpriseId, String text) {
        if (actor.isEnterprise()) {
            return Decided.byId(enterpriseId, null);
        }
        Optional<Enterprise> chosen = enterpriseId == null ? Optional.empty() : enterprises.find(actor, enterpriseId);
        if (text == null) {
            return Decided.byId(enterpriseId, chosen.map(Enterprise::getName).orElse(""));
        }
        String typed = text.strip();
        if (typed.isEmpty()) {
            return Decided.byId(null, "");
        }
        if (chosen.isPresent() && (chosen.get().getName().equals(typed) || chosen.get().getCreditCode().equals(typed))) {
            return Decided.byId(enterpriseId, chosen.get().getName());
        }
        List<EnterpriseChoice> found = choices.matching(actor, typed);
        if (found.size() == 1) {
            return Decided.byId(found.get(0).id(), found.get(0).name());
        }
        return new Decided(null, typed, found, true, false);
    }
}
