package cn.safety.enforcement.web.enterprise;

import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The enterprise search of the pages that pick one enterprise: the enterprises whose name contains the term or whose
 * credit code starts with it, among those the user may read (the scoped search of the enterprise list), a few at a
 * time. Its script asks {@code GET /inspections/new/enterprises} as the user types; without script the page's form
 * shows the same choices.
 */
@Component
public class EnterpriseChoices {

    /** How many enterprises are offered at once: a narrower term finds the others. */
    public static final int CHOICES = 10;

    private final ReadingEnterprises enterprises;

    EnterpriseChoices(ReadingEnterprises enterprises) {
        this.enterprises = enterprises;
    }

    /** Up to {@value #CHOICES} enterprises matching {@code term}; none for a blank term. */
    public List<EnterpriseChoice> matching(Actor actor, String term) {
        String clean = term == null ? "" : term.strip();
        if (clean.isEmpty()) {
            return List.of();
        }
        return enterprises.list(actor, new EnterpriseFilter(clean, null, null, null, null), null, CHOICES).items()
                .stream().map(EnterpriseChoice::of).toList();
    }
}
