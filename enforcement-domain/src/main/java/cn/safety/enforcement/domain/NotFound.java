package cn.safety.enforcement.domain;

/** The object does not exist, or exists outside the caller's jurisdiction: the two are never told apart. */
public class NotFound extends RuntimeException {

    public NotFound(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
