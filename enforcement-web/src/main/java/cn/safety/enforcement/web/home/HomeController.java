package cn.safety.enforcement.web.home;

import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import java.util.Map;

@Controller
class HomeController {

    private final ReadingEnterprises enterprises;
    private final boolean demoMode;

    HomeController(ReadingEnterprises enterprises,
                   cn.safety.enforcement.web.ApplicationProperties settings) {
        this.enterprises = enterprises;
        this.demoMode = settings.demo().enabled();
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal EnforcementUser user, Model model) {
        Map<RiskGrade, Long> byGrade = enterprises.countByRiskGrade(user.actor());
        model.addAttribute("riskCounts", byGrade);
        model.addAttribute("total", byGrade.values().stream().mapToLong(Long::longValue).sum());
        return "home";
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoMode", demoMode);
        return "login";
    }
}
