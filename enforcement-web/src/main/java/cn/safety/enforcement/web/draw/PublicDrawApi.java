package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.draw.PublishingDraws;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.util.List;

/**
 * 一公开: the draws of every department, without signing in. Each document holds what anyone needs to recompute the
 * draw (docs/draw-verify.py, or the public page in the browser) and nothing else: no recusal reasons, no inspector
 * names.
 */
@RestController
@Tag(name = "public draws", description = "双随机、一公开: every frozen draw, public, recomputable with SHA256-FY-1")
class PublicDrawApi {

    private final PublishingDraws publishing;
    private final JsonMapper json;

    PublicDrawApi(PublishingDraws publishing, JsonMapper json) {
        this.publishing = publishing;
        this.json = json;
    }

    @GetMapping("/api/v1/public/draws")
    @Operation(summary = "The draws of the departments in or below a division, of a year, newest first (no login)",
            description = "At most 200 per answer; `before` (an id) gives the next ones.")
    List<DrawViews.Summary> list(@RequestParam(required = false) String divisionCode,
                                 @RequestParam(required = false) Integer year,
                                 @RequestParam(required = false) Long before) {
        return publishing.list(divisionCode, year, before).stream().map(DrawViews.Summary::of).toList();
    }

    @GetMapping("/api/v1/public/draws/{id}")
    @Operation(summary = "One draw with its candidates, roster, recusals, seed and result (no login)",
            description = "Streamed: a pool of a million candidates is written as it is read.")
    @ApiResponse(responseCode = "200", content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
            schema = @Schema(implementation = DrawViews.PublicDraw.class)))
    void draw(@PathVariable long id, HttpServletResponse response) throws IOException {
        publishing.write(id, new PublicDrawDocument(() -> {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "no-cache");
            try {
                return json.createGenerator(response.getOutputStream());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }));
    }
}
