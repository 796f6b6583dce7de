package cn.safety.enforcement.domain;

/** The form was filled in on a version that someone else has changed since: nothing is overwritten. */
public class StaleVersion extends RuntimeException {

    public StaleVersion(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    /** Compares the version the caller saw with the current one. */
    public static void check(String what, Object id, long seen, long current) {
        if (seen != current) {
            throw new StaleVersion(what, id);
        }
    }
}
