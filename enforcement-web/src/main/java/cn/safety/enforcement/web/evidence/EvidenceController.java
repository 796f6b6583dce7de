package cn.safety.enforcement.web.evidence;

import cn.safety.enforcement.domain.evidence.ReadingEvidence;
import cn.safety.enforcement.web.security.EnforcementUser;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.io.IOException;

/**
 * The evidence file for the pages (signed-in session): shown inline, so that a page can put a photo in an
 * {@code <img>} or a recording in an {@code <audio>}; checked and refused exactly like the API's.
 */
@Controller
class EvidenceController {

    private final ReadingEvidence reading;

    EvidenceController(ReadingEvidence reading) {
        this.reading = reading;
    }

    @GetMapping("/evidence/{id}")
    void file(@AuthenticationPrincipal EnforcementUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        EvidenceDownloads.write(reading.open(user.actor(), id), true, response);
    }
}
