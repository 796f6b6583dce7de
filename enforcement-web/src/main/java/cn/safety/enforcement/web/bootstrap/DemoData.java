package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.account.PasswordPolicy;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.division.Division;
import cn.safety.enforcement.domain.division.DivisionLevel;
import cn.safety.enforcement.domain.division.DivisionService;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;
import cn.safety.enforcement.web.bootstrap.SyntheticEnterprises.Kind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Demo mode (the default): on first start, departments for every city and county of 河北省 and every district of
 * 天津市, the demo accounts (password {@value PasswordPolicy#DEMO_PASSWORD}) and some 320 enterprises at all three
 * levels. Nothing is loaded when any department exists already; accounts added to the demo since are topped up by
 * {@link DemoAccounts}.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    static final String HEBEI = "130000";
    static final String TIANJIN = "120000";

    private final DepartmentService departments;
    private final DivisionService divisions;
    private final DemoAccounts accounts;
    private final RegisteringEnterprise enterprises;
    private final TransactionTemplate tx;

    DemoData(DepartmentService departments, DivisionService divisions, DemoAccounts accounts,
             RegisteringEnterprise enterprises, TransactionTemplate tx) {
        this.departments = departments;
        this.divisions = divisions;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (departments.any()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> load());
            log.info("Demo data loaded: sign in as admin / {}", PasswordPolicy.DEMO_PASSWORD);
        } catch (RuntimeException e) {
            if (departments.any()) {
                log.info("Demo data was loaded by another node");
            } else {
                throw e;
            }
        }
    }

    private void load() {
        Map<String, Department> byDivision = new HashMap<>();
        Map<String, Division> divisionByCode = new HashMap<>();
        Division hebei = divisions.get(HEBEI);
        Division tianjin = divisions.get(TIANJIN);
        divisionByCode.put(HEBEI, hebei);
        divisionByCode.put(TIANJIN, tianjin);
        byDivision.put(HEBEI, departments.establishAsSystem("河北省应急管理厅", HEBEI));
        Map<String, List<Division>> countiesOfCity = new HashMap<>();
        for (Division city : divisions.children(HEBEI)) {
            divisionByCode.put(city.getCode(), city);
            byDivision.put(city.getCode(), departments.establishAsSystem(city.getName() + "应急管理局", city.getCode()));
            List<Division> counties = new ArrayList<>();
            for (Division county : divisions.children(city.getCode())) {
                divisionByCode.put(county.getCode(), county);
                counties.add(county);
                String name = county.getName().endsWith("区") ? city.getName() + county.getName() : county.getName();
                byDivision.put(county.getCode(), departments.establishAsSystem(name + "应急管理局", county.getCode()));
            }
            countiesOfCity.put(city.getCode(), counties);
        }
        byDivision.put(TIANJIN, departments.establishAsSystem("天津市应急管理局", TIANJIN));
        List<Division> tianjinDistricts = new ArrayList<>();
        for (Division district : divisions.children(TIANJIN)) {
            divisionByCode.put(district.getCode(), district);
            tianjinDistricts.add(district);
            byDivision.put(district.getCode(),
                    departments.establishAsSystem(district.getName() + "应急管理局", district.getCode()));
        }

        users(byDivision);
        enterprises(byDivision, divisionByCode, countiesOfCity, tianjinDistricts);
    }

    private void users(Map<String, Department> byDivision) {
        for (DemoAccounts.Account a : DemoAccounts.ALL) {
            accounts.open(a, byDivision.get(a.divisionCode()));
        }
    }

    private void enterprises(Map<String, Department> byDivision, Map<String, Division> divisionByCode,
                             Map<String, List<Division>> countiesOfCity, List<Division> tianjinDistricts) {
        SyntheticEnterprises gen = new SyntheticEnterprises(20260201L);
        long serial = 1;
        List<Division> hebeiCounties = countiesOfCity.values().stream().flatMap(List::stream).toList();
        // province level: the large, high-risk units the province keeps for itself
        for (int i = 0; i < 20; i++) {
            Division where = hebeiCounties.get(gen.nextInt(hebeiCounties.size()));
            Kind kind = List.of(SyntheticEnterprises.kindOf(Sector.MINING),
                    SyntheticEnterprises.kindOf(Sector.HAZARDOUS_CHEMICALS),
                    SyntheticEnterprises.kindOf(Sector.METALLURGY), SyntheticEnterprises.kindOf(Sector.FIREWORKS),
                    SyntheticEnterprises.combustibleDust()).get(i % 5);
            add(gen, byDivision.get(HEBEI), where, divisionByCode, kind, i % 3 == 0 ? RiskGrade.RED
                    : RiskGrade.ORANGE, serial++, 800 + gen.nextInt(4000));
        }
        for (Map.Entry<String, List<Division>> city : countiesOfCity.entrySet()) {
            Department cityDepartment = byDivision.get(city.getKey());
            int count = city.getKey().equals("130100") ? 10 : 4;
            for (int i = 0; i < count; i++) {
                List<Division> counties = city.getValue();
                Division where = counties.isEmpty() ? divisionByCode.get(city.getKey())
                        : counties.get(gen.nextInt(counties.size()));
                Kind kind = gen.kind();
                add(gen, cityDepartment, where, divisionByCode, kind, gen.riskGrade(kind), serial++,
                        200 + gen.nextInt(1500));
            }
            for (Division county : city.getValue()) {
                int n = county.getCode().equals("130123") ? 11 : county.getCode().equals("130125") ? 6 : 1;
                for (int i = 0; i < n; i++) {
                    Kind kind = gen.kind();
                    add(gen, byDivision.get(county.getCode()), county, divisionByCode, kind,
                            gen.riskGrade(kind), serial++, gen.employees());
                }
            }
        }
        for (int i = 0; i < 8; i++) {
            Division where = tianjinDistricts.get(gen.nextInt(tianjinDistricts.size()));
            Kind kind = gen.kind();
            add(gen, byDivision.get(TIANJIN), where, divisionByCode, kind, gen.riskGrade(kind), serial++,
                    300 + gen.nextInt(3000));
        }
        for (Division district : tianjinDistricts) {
            int n = district.getCode().equals("120116") ? 10 : 2;
            for (int i = 0; i < n; i++) {
                Kind kind = gen.kind();
                add(gen, byDivision.get(district.getCode()), district, divisionByCode, kind,
                        gen.riskGrade(kind), serial++, gen.employees());
            }
        }
    }

    private void add(SyntheticEnterprises gen, Department department, Division where,
                     Map<String, Division> divisionByCode, Kind kind, RiskGrade risk, long serial,
                     int employees) {
        Sector sector = kind.sector();
        Actor system = new Actor(0, "system", department.getId(), department.getLevel(), department.getLocation(),
                Set.of(Role.INSPECTOR));
        String fullPlace = fullName(where, divisionByCode);
        boolean needsOrganization = sector.highRisk() || employees > 100;
        EnterpriseProfile profile = new EnterpriseProfile(gen.name(where.getName(), kind, serial),
                gen.address(fullPlace), sector, employees, SyntheticEnterprises.scale(employees), gen.person(),
                gen.person(), needsOrganization && serial % 7 != 0, needsOrganization ? 1 + gen.nextInt(5) : 0,
                needsOrganization ? 0 : 1, gen.standardization(), risk,
                kind.keyInspection() ? gen.nextInt(3) : 0, gen.status(), kind.featuresOf(serial));
        enterprises.register(system, SyntheticEnterprises.creditCode(where.getCode(), serial), where.getCode(),
                profile);
    }

    private static String fullName(Division d, Map<String, Division> byCode) {
        StringBuilder name = new StringBuilder(d.getName());
        String parent = d.getParentCode();
        while (parent != null && byCode.containsKey(parent)) {
            Division p = byCode.get(parent);
            name.insert(0, p.getName());
            parent = p.getParentCode();
        }
        return d.getLevel() == DivisionLevel.PROVINCE ? d.getName() : name.toString();
    }
}
