package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.enterprise.EnterpriseFilter;
import cn.safety.enforcement.domain.enterprise.ReadingEnterprises;
import cn.safety.enforcement.domain.enterprise.EnterpriseSlice;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.web.security.EnforcementUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures the enterprise list as users at the three levels see it (first page, deep pages, filters, search), through
 * the same service call the pages make, and prints median and 95th percentile per scenario. Run it after the generator:
 * {@code --enforcement.benchmark.runs=30}.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "enforcement.benchmark.runs")
class ListBenchmark implements ApplicationRunner {

    private final ReadingEnterprises enterprises;
    private final UserDetailsService users;
    private final int runs;

    ListBenchmark(ReadingEnterprises enterprises, UserDetailsService users,
                  ToolProperties settings) {
        this.enterprises = enterprises;
        this.users = users;
        this.runs = settings.benchmark().runs();
    }

    @Override
    public void run(ApplicationArguments args) {
        System.out.printf("%-16s %-40s %8s %8s %6s%n", "user", "scenario (per page)", "p50 ms", "p95 ms", "rows");
        for (String username : List.of("admin", "sjz-supervisor", "zd-inspector", "bh-inspector")) {
            Actor actor = ((EnforcementUser) users.loadUserByUsername(username)).actor();
            Map<String, Supplier<EnterpriseSlice>> scenarios = new LinkedHashMap<>();
            scenarios.put("first page", () -> page(actor, EnterpriseFilter.none(), null));
            scenarios.put("page 10 (9 cursor steps first)", () -> deep(actor, 10));
            scenarios.put("sector = 危险化学品", () -> page(actor,
                    new EnterpriseFilter(null, null, Sector.HAZARDOUS_CHEMICALS, null, null), null));
            scenarios.put("risk = 红 + sector = 矿山", () -> page(actor,
                    new EnterpriseFilter(null, null, Sector.MINING, RiskGrade.RED, null), null));
            scenarios.put("name contains 化工", () -> page(actor,
                    new EnterpriseFilter("化工", null, null, null, null), null));
            scenarios.put("name contains 鑫盛运输 (rarer, 4 chars)", () -> page(actor,
                    new EnterpriseFilter("鑫盛运输", null, null, null, null), null));
            // names are place + brand + sector word + 有限公司 (SyntheticEnterprises): 测试 and 燚 are in no name, 盛燃
            // in about 1 of 500, 正定 in the names of one county, 鑫盛 in 1 of 30, 有限 in every name
            for (String term : List.of("测试", "盛燃", "正定", "鑫盛", "有限", "燚", "鑫")) {
                scenarios.put("name contains " + term + " (" + term.length() + " char"
                        + (term.length() > 1 ? "s" : "") + ")", () -> page(actor,
                        new EnterpriseFilter(term, null, null, null, null), null));
            }
            scenarios.put("credit code prefix 9113012", () -> page(actor,
                    new EnterpriseFilter("9113012", null, null, null, null), null));
            scenarios.put("division = 130100 (city)", () -> page(actor,
                    new EnterpriseFilter(null, "130100", null, null, null), null));
            scenarios.put("start page: count by risk grade", () -> {
                enterprises.countByRiskGrade(actor);
                return new EnterpriseSlice(List.of(), null);
            });
            for (Map.Entry<String, Supplier<EnterpriseSlice>> s : scenarios.entrySet()) {
                for (int i = 0; i < 3; i++) {
                    s.getValue().get();
                }
                List<Double> times = new ArrayList<>();
                int rows = 0;
                for (int i = 0; i < runs; i++) {
                    long t = System.nanoTime();
                    rows = s.getValue().get().items().size();
                    double ms = (System.nanoTime() - t) / 1_000_000.0;
                    times.add(s.getKey().startsWith("page 10") ? ms / 10 : ms);
                }
                Collections.sort(times);
                System.out.printf("%-16s %-40s %8.1f %8.1f %6d%n", username, s.getKey(),
                        times.get(times.size() / 2), times.get((int) Math.ceil(times.size() * 0.95) - 1), rows);
            }
        }
    }

    private EnterpriseSlice page(Actor actor, EnterpriseFilter filter, String after) {
        return enterprises.list(actor, filter, after, 20);
    }

    private EnterpriseSlice deep(Actor actor, int pages) {
        EnterpriseSlice slice = page(actor, EnterpriseFilter.none(), null);
        for (int i = 1; i < pages && slice.next() != null; i++) {
            slice = page(actor, EnterpriseFilter.none(), slice.next());
        }
        return slice;
    }
}
