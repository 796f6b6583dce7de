package cn.safety.enforcement.domain.draw;

import cn.safety.enforcement.domain.jurisdiction.Unscoped;

import java.util.List;
import java.util.Optional;

/** Port: where draws are kept. */
public interface Draws {

    Optional<Draw> findById(Long id);

    /**
     * The draws of the departments in or below {@code divisionCode} (any when null), of {@code year} (any when null),
     * newest first, at most {@code limit} with an id below {@code beforeId} (none when null).
     */
    @Unscoped("双随机、一公开: every draw is public once frozen")
    List<Draw> published(String divisionCode, Integer year, Long beforeId, int limit);

    Draw save(Draw draw);

    /** Saves and writes at once, so that the lists written next by the same transaction can refer to it. */
    Draw saveAndFlush(Draw draw);
}
