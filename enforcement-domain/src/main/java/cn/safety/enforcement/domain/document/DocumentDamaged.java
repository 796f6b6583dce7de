package cn.safety.enforcement.domain.document;

/** The stored PDF of an issued document no longer matches the hash taken when it was issued: it is not handed out. */
public class DocumentDamaged extends RuntimeException {

    public DocumentDamaged(long id) {
        super("the stored PDF of document " + id + " does not match its hash");
    }
}
