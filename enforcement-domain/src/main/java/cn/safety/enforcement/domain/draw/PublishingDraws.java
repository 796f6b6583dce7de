package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.NotFound;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * 一公开: every frozen draw of every department, readable by anyone without signing in, with everything needed to
 * recompute it (and nothing else: no recusal reasons, no names of inspectors beyond their certificate numbers). The
 * lists are handed out as streams, so a pool of a million candidates is never held as one page.
 */
@Service
@Transactional(readOnly = true)
public class PublishingDraws {

    public static final int LIST_LIMIT = 200;

    private final Draws draws;
    private final DrawContents contents;
    private final Departments departments;

    public PublishingDraws(Draws draws, DrawContents contents, Departments departments) {
        this.draws = draws;
        this.contents = contents;
        this.departments = departments;
    }

    /** A draw as listed: the draw and the department that made it. */
    public record Published(Draw draw, Department department) {
    }

    /** The receiver of a published draw's document, part by part in the order of the document. */
    public interface Document {

        void begin(Published draw);

        void candidate(String creditCode);

        void lists(List<String> roster, List<RecusedPair> recusals);

        void selected(String creditCode);

        /** After the last selected enterprise (none before the seed), before the first assignment. */
        void selectedDone();

        void assignment(DrawResult.Assignment assignment);

        void end();
    }

    public List<Published> list(String divisionCode, Integer year, Long beforeId) {
        List<Draw> found = draws.published(blankToNull(divisionCode), year, beforeId, LIST_LIMIT);
        Map<Long, Department> byId = new HashMap<>();
        departments.findAllById(found.stream().map(Draw::getDepartmentId).distinct().toList())
                .forEach(d -> byId.put(d.getId(), d));
        return found.stream().map(d -> new Published(d, byId.get(d.getDepartmentId()))).toList();
    }

    public Published get(long id) {
        Draw d = draws.findById(id).orElseThrow(() -> new NotFound(DrawChange.AGGREGATE, id));
        return new Published(d, departments.findById(d.getDepartmentId()).orElseThrow());
    }

    /** Writes the whole public document of draw {@code id} to {@code out}, streaming its lists. */
    public void write(long id, Document out) {
        Published p = get(id);
        out.begin(p);
        contents.eachCandidate(id, out::candidate);
        out.lists(contents.roster(id), contents.recusals(id));
        if (p.draw().isSeeded()) {
            contents.eachAssignment(id, a -> out.selected(a.creditCode()));
        }
        out.selectedDone();
        if (p.draw().isSeeded()) {
            contents.eachAssignment(id, out::assignment);
        }
        out.end();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
