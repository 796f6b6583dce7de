package cn.safety.enforcement.domain.document;

import java.util.Optional;

/** Port: where issued documents are kept. Insert only: an issued document is never changed or deleted. */
public interface IssuedDocuments {

    /** Stores a new document with its PDF and returns it with its id. */
    IssuedDocument insert(IssuedDocument document, byte[] pdf);

    /** The document with its party and content, without the PDF bytes. */
    Optional<IssuedDocument> findById(long id);

    /** The PDF bytes exactly as stored. */
    Optional<byte[]> pdfOf(long id);

    /** The id of the document that corrects {@code id}, if one does. */
    Optional<Long> correctionOf(long id);

    /** The number of a document, for the correction's letterhead and the views. */
    Optional<String> numberOf(long id);
}
