package cn.safety.enforcement.domain.draw;

import java.time.LocalDate;
import java.util.List;

/** Port: the inspectors a department may draw, by certificate number. */
public interface InspectorRoster {

    /**
     * The certificate numbers of the department's enabled inspectors whose 执法证 is valid on {@code day} (R12:
     * only certified inspectors inspect).
     */
    List<String> certifiedOn(long departmentId, LocalDate day);
}
