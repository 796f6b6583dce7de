package cn.safety.enforcement.web.document;

import cn.safety.enforcement.domain.document.IssuedDocument;
import cn.safety.enforcement.domain.document.Party;
import cn.safety.enforcement.domain.document.ReadingDocuments;

import java.time.OffsetDateTime;
import java.time.ZoneId;

/** An issued document over the API: its number, the party as frozen on the day, and the links of its corrections. */
record DocumentView(long id, String number, String type, String typeName, int year, int serial, long departmentId,
                    String subjectKind, long subjectId, OffsetDateTime issuedAt, String issuedBy, Party party,
                    Long correctsId, Long correctedById, String pdfSha256) {

    static DocumentView of(ReadingDocuments.Read read, ZoneId zone) {
        IssuedDocument d = read.document();
        return new DocumentView(d.getId(), d.getNumber(), d.getType().name(), d.getType().chineseName(), d.getYear(),
                d.getSerial(), d.getDepartmentId(), d.getSubjectKind(), d.getSubjectId(),
                d.getIssuedAt().atZone(zone).toOffsetDateTime(), d.getIssuedBy(), d.getParty(), d.getCorrectsId(),
                read.correctedById(), d.getPdfSha256());
    }
}
