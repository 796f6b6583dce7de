package cn.safety.enforcement.domain.document;

/**
 * Port: lays out a document as PDF (A4, the look of Chinese official documents, text selectable and searchable). One
 * renderer serves every document type; the content says what, the renderer decides how it looks.
 */
public interface DocumentRenderer {

    /** The PDF bytes of the document. */
    byte[] render(Letterhead letterhead, DocumentContent content);
}
