package cn.safety.enforcement.web.division;

import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.web.security.EnforcementUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Tag(name = "divisions", description = "GB/T 2260 行政区划")
class DivisionApi {

    private final DivisionService divisions;
    private final DivisionMapper mapper;

    DivisionApi(DivisionService divisions, DivisionMapper mapper) {
        this.divisions = divisions;
        this.mapper = mapper;
    }

    @GetMapping("/api/v1/divisions")
    @Operation(summary = "Autocomplete: active divisions within the caller's area whose code starts with, or whose"
            + " name contains, `q`")
    List<DivisionView> suggest(@AuthenticationPrincipal EnforcementUser user,
                               @RequestParam(defaultValue = "") String q,
                               @RequestParam(defaultValue = "20") int limit) {
        return mapper.toViews(divisions.suggest(user.actor(), q, limit));
    }
}
