package cn.safety.enforcement.domain.document;

/**
 * Port: lays out a document as PDF (A4, the look of Chinese official documents, text selectable and searchable). One
 * renderer serves every document type; the content says what, the renderer decides how it looks.
 */
public interface DocumentRenderer {

    /** The PDF bytes of the document. */
    byte[] render(Letterhead letterhead, DocumentContent content);

    /**
     * Lays the document out before its number is known (the letterhead's number is not read), so that issuing takes
     * the number last and holds the department's counter only while the number is printed: see
     * {@link IssuingDocuments}. This default does all the work in {@link Prepared#numbered}.
     */
    default Prepared prepare(Letterhead letterhead, DocumentContent content) {
        return number -> render(letterhead.numbered(number), content);
    }

    /** A document laid out but for its number. Close it whether or not it was numbered. */
    interface Prepared extends AutoCloseable {

        /** The PDF bytes of the document with {@code number} printed where numbers go. */
        byte[] numbered(String number);

        @Override
        default void close() {
        }
    }
}
