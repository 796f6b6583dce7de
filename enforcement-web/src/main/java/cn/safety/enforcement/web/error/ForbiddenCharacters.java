package cn.safety.enforcement.web.error;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.exc.MismatchedInputException;

/** A JSON text holding control or bidirectional override characters; the API reports it on its field. */
public final class ForbiddenCharacters extends MismatchedInputException {

    public ForbiddenCharacters(JsonParser p) {
        super(p, "text holds control or bidirectional override characters", String.class);
    }

    static boolean in(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ForbiddenCharacters) {
                return true;
            }
        }
        return false;
    }
}
