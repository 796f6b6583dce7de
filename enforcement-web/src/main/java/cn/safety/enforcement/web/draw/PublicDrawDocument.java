package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.draw.DrawResult;
import cn.safety.enforcement.domain.draw.PublishingDraws;
import cn.safety.enforcement.domain.draw.RecusedPair;
import tools.jackson.core.JsonGenerator;

import java.time.Instant;
import java.util.List;

/**
 * Writes the public document of a draw straight to the response as its parts arrive from the database: a pool of a
 * million candidates passes through a small buffer, never as one page in memory.
 */
final class PublicDrawDocument implements PublishingDraws.Document {

    private final java.util.function.Supplier<JsonGenerator> opening;
    private JsonGenerator out;
    private PublishingDraws.Published draw;

    /** {@code opening} is called once the draw is found, so that a missing one still answers 404. */
    PublicDrawDocument(java.util.function.Supplier<JsonGenerator> opening) {
        this.opening = opening;
    }

    @Override
    public void begin(PublishingDraws.Published p) {
        this.draw = p;
        this.out = opening.get();
        var d = p.draw();
        out.writeStartObject();
        out.writeNumberProperty("id", d.getId());
        out.writeName("department");
        out.writeStartObject();
        out.writeStringProperty("name", p.department().getName());
        out.writeStringProperty("divisionCode", p.department().getDivisionCode());
        out.writeEndObject();
        out.writeNumberProperty("year", d.getYear());
        out.writeStringProperty("algorithm", d.getAlgorithm());
        out.writeStringProperty("seedSource", d.getSeedSource());
        out.writeStringProperty("seed", d.getSeed());
        out.writeStringProperty("frozenAt", text(d.getFrozenAt()));
        out.writeStringProperty("seededAt", text(d.getSeededAt()));
        out.writeName("candidates");
        out.writeStartArray();
    }

    @Override
    public void candidate(String creditCode) {
        out.writeString(creditCode);
    }

    @Override
    public void lists(List<String> roster, List<RecusedPair> recusals) {
        out.writeEndArray();
        out.writeStringProperty("candidatesSha256", draw.draw().getCandidatesSha256());
        out.writeStringProperty("ratio", draw.draw().getRatio().toPlainString());
        out.writeNumberProperty("count", draw.draw().getCount());
        out.writeName("roster");
        out.writeStartArray();
        roster.forEach(out::writeString);
        out.writeEndArray();
        out.writeName("recusals");
        out.writeStartArray();
        for (RecusedPair r : recusals) {
            out.writeStartObject();
            out.writeStringProperty("certificateNumber", r.certificateNumber());
            out.writeStringProperty("creditCode", r.creditCode());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeName("selected");
        out.writeStartArray();
    }

    @Override
    public void selected(String creditCode) {
        out.writeString(creditCode);
    }

    @Override
    public void selectedDone() {
        out.writeEndArray();
        out.writeName("assignments");
        out.writeStartArray();
    }

    @Override
    public void assignment(DrawResult.Assignment a) {
        out.writeStartObject();
        out.writeStringProperty("creditCode", a.creditCode());
        out.writeName("inspectors");
        out.writeStartArray();
        a.inspectors().forEach(out::writeString);
        out.writeEndArray();
        out.writeBooleanProperty("shortfall", a.shortfall());
        out.writeEndObject();
    }

    @Override
    public void end() {
        out.writeEndArray();
        out.writeEndObject();
        out.close();
    }

    private static String text(Instant t) {
        return t == null ? null : t.toString();
    }
}
