package cn.safety.enforcement.web.draw;

import cn.safety.enforcement.domain.draw.PublishingDraws;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 一公开: the public pages of the draws, for everyone without signing in. The facts come from the server; the check
 * is the visitor's own: the page fetches the public document and recomputes it in the browser (js/draw-check.js).
 */
@Controller
class PublicDrawController {

    private final PublishingDraws publishing;

    PublicDrawController(PublishingDraws publishing) {
        this.publishing = publishing;
    }

    @GetMapping("/public/draws")
    String list(@RequestParam(required = false) String divisionCode, @RequestParam(required = false) Integer year,
                Model model) {
        model.addAttribute("draws", publishing.list(divisionCode, year, null).stream()
                .map(DrawViews.Summary::of).toList());
        model.addAttribute("divisionCode", divisionCode);
        model.addAttribute("year", year);
        return "public/draws";
    }

    @GetMapping("/public/draws/{id}")
    String draw(@PathVariable long id, Model model) {
        model.addAttribute("draw", DrawViews.Summary.of(publishing.get(id)));
        return "public/draw";
    }
}
