package cn.safety.enforcement.persistence.document;

import cn.safety.enforcement.domain.division.Location;
import cn.safety.enforcement.domain.document.DocumentContent;
import cn.safety.enforcement.domain.document.DocumentType;
import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.IssuedDocuments;
import cn.safety.enforcement.domain.document.Party;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.util.Optional;

/**
 * Issued documents in {@code issued_document}: inserted once, never updated (the table's trigger refuses it). The party
 * and the content are kept as JSON, the content's blocks tagged by {@code kind}; the PDF bytes are read only when asked
 * for.
 */
@Repository
class JdbcIssuedDocuments implements IssuedDocuments {

    /** The block kinds of the stored JSON: names kept stable, whatever the classes are called. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
            @JsonSubTypes.Type(value = DocumentContent.Fields.class, name = "fields"),
            @JsonSubTypes.Type(value = DocumentContent.Heading.class, name = "heading"),
            @JsonSubTypes.Type(value = DocumentContent.Paragraph.class, name = "paragraph"),
            @JsonSubTypes.Type(value = DocumentContent.Table.class, name = "table"),
            @JsonSubTypes.Type(value = DocumentContent.Signatures.class, name = "signatures")})
    interface BlockKinds {
    }

    private static final JsonMapper JSON = JsonMapper.builder()
            .addMixIn(DocumentContent.Block.class, BlockKinds.class).build();

    private static final String COLUMNS = "id, department_id, division_code, city_code, province_code, township_id,"
            + " type, year, serial, number, subject_kind, subject_id, party::text AS party, content::text AS content,"
            + " pdf_sha256, corrects_id, issued_by, issued_at";

    private static final RowMapper<IssuedDocument> ROW = (rs, n) -> new IssuedDocument(rs.getLong("id"),
            rs.getLong("department_id"), new Location(rs.getString("division_code"), rs.getString("city_code"),
            rs.getString("province_code")), rs.getObject("township_id", Long.class),
            DocumentType.valueOf(rs.getString("type")), rs.getInt("year"), rs.getInt("serial"),
            rs.getString("number"), rs.getString("subject_kind"), rs.getLong("subject_id"),
            JSON.readValue(rs.getString("party"), Party.class),
            JSON.readValue(rs.getString("content"), DocumentContent.class), rs.getString("pdf_sha256"),
            rs.getObject("corrects_id", Long.class), rs.getString("issued_by"),
            rs.getTimestamp("issued_at").toInstant());

    private final JdbcClient jdbc;

    JdbcIssuedDocuments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The content as stored (for tests of the stored form). */
    static String json(DocumentContent content) {
        return JSON.writeValueAsString(content);
    }

    static DocumentContent content(String json) {
        return JSON.readValue(json, DocumentContent.class);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedDocument insert(IssuedDocument d, byte[] pdf) {
        long id = jdbc.sql("""
                        INSERT INTO issued_document (id, department_id, division_code, city_code, province_code,
                            township_id, type, year, serial, number, subject_kind, subject_id, party, content, pdf,
                            pdf_sha256, corrects_id, issued_by, issued_at)
                        VALUES (nextval('issued_document_seq'), :department, :division, :city, :province, :township,
                            :type, :year, :serial, :number, :subjectKind, :subjectId, CAST(:party AS jsonb),
                            CAST(:content AS jsonb), :pdf, :sha, :corrects, :by, :at)
                        RETURNING id""")
                .param("department", d.getDepartmentId())
                .param("division", d.location().divisionCode())
                .param("city", d.location().cityCode())
                .param("province", d.location().provinceCode())
                .param("township", d.townshipId())
                .param("type", d.getType().name())
                .param("year", d.getYear())
                .param("serial", d.getSerial())
                .param("number", d.getNumber())
                .param("subjectKind", d.getSubjectKind())
                .param("subjectId", d.getSubjectId())
                .param("party", JSON.writeValueAsString(d.getParty()))
                .param("content", json(d.getContent()))
                .param("pdf", pdf)
                .param("sha", d.getPdfSha256())
                .param("corrects", d.getCorrectsId())
                .param("by", d.getIssuedBy())
                .param("at", Timestamp.from(d.getIssuedAt()))
                .query(Long.class).single();
        return d.withId(id);
    }

    @Override
    public Optional<IssuedDocument> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM issued_document WHERE id = ?").param(id).query(ROW).optional();
    }

    @Override
    public Optional<byte[]> pdfOf(long id) {
        return jdbc.sql("SELECT pdf FROM issued_document WHERE id = ?").param(id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }

    @Override
    public Optional<Long> correctionOf(long id) {
        return jdbc.sql("SELECT id FROM issued_document WHERE corrects_id = ?").param(id).query(Long.class)
                .optional();
    }

    @Override
    public Optional<String> numberOf(long id) {
        return jdbc.sql("SELECT number FROM issued_document WHERE id = ?").param(id).query(String.class).optional();
    }
}
