package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.account.AccountService;
import cn.safety.enforcement.domain.account.EnforcementCertificate;
import cn.safety.enforcement.domain.account.PasswordPolicy;
import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.Departments;
import cn.safety.enforcement.domain.division.Township;
import cn.safety.enforcement.domain.division.TownshipKind;
import cn.safety.enforcement.domain.division.TownshipService;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.PlacingInTownship;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.EntrustingEnforcement;
import cn.safety.enforcement.domain.jurisdiction.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Demo mode, after {@link DemoData}: townships of 正定县, the entrusted organisation 诸福屯镇安全生产监管办公室 with its
 * entrustment by 正定县应急管理局 and its user {@code zd-entrusted}, some 正定县 enterprises placed in 诸福屯镇 (and one
 * in 新城铺镇, outside the entrusted area), and an inspector of 行唐县 ({@code xt-inspector}), a county beside 正定县.
 * Nothing is loaded when the organisation exists already, or when the demo departments are not there.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "enforcement.demo.enabled", havingValue = "true", matchIfMissing = true)
class JurisdictionDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(JurisdictionDemoData.class);
    static final String ZHENGDING = "130123";
    static final String XINGTANG = "130125";
    static final String OFFICE = "诸福屯镇安全生产监管办公室";

    private final Departments departments;
    private final TownshipService townships;
    private final EntrustingEnforcement entrusting;
    private final AccountService accounts;
    private final RegisteringEnterprise enterprises;
    private final PlacingInTownship placing;
    private final TransactionTemplate tx;

    JurisdictionDemoData(Departments departments, TownshipService townships, EntrustingEnforcement entrusting,
                         AccountService accounts, RegisteringEnterprise enterprises, PlacingInTownship placing,
                         TransactionTemplate tx) {
        this.departments = departments;
        this.townships = townships;
        this.entrusting = entrusting;
        this.accounts = accounts;
        this.enterprises = enterprises;
        this.placing = placing;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Department> zhengding = departments.findByDivisionCodes(List.of(ZHENGDING));
        if (zhengding.isEmpty() || zhengding.stream().anyMatch(d -> d.getName().equals(OFFICE))) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> load(zhengding.get(0)));
            log.info("Demo entrustment loaded: sign in as zd-entrusted / {}", PasswordPolicy.DEMO_PASSWORD);
        } catch (RuntimeException e) {
            if (departments.findByDivisionCodes(List.of(ZHENGDING)).stream().anyMatch(d -> d.getName().equals(OFFICE))) {
                log.info("Demo entrustment was loaded by another node");
            } else {
                throw e;
            }
        }
    }

    private void load(Department county) {
        Township zhufutun = townships.establishAsSystem("诸福屯镇", TownshipKind.TOWN, null, ZHENGDING);
        Township xinchengpu = townships.establishAsSystem("新城铺镇", TownshipKind.TOWN, null, ZHENGDING);
        townships.establishAsSystem("新安镇", TownshipKind.TOWN, null, ZHENGDING);
        townships.establishAsSystem("曲阳桥乡", TownshipKind.TOWNSHIP, null, ZHENGDING);
        townships.establishAsSystem("正定高新技术产业开发区", TownshipKind.ZONE, null, ZHENGDING);

        Actor countyAdmin = new Actor(0, "system", county.getId(), county.getLevel(), county.getLocation(),
                Set.of(Role.ADMIN, Role.INSPECTOR));
        var entrustment = entrusting.entrust(countyAdmin, new EntrustingEnforcement.Request(OFFICE, zhufutun.getId(),
                LocalDate.of(2026, 1, 1), LocalDate.of(2028, 12, 31), "正应急委〔2026〕1号"));

        LocalDate from = LocalDate.of(2024, 1, 1);
        LocalDate until = LocalDate.of(2029, 12, 31);
        accounts.openAsSystem("zd-entrusted", "郑委托", entrustment.getOrganisationId(), Set.of(Role.INSPECTOR),
                new EnforcementCertificate("冀执13012320240011", from, until), PasswordPolicy.DEMO_PASSWORD);
        departments.findByDivisionCodes(List.of(XINGTANG)).stream().findFirst().ifPresent(xingtang ->
                accounts.openAsSystem("xt-inspector", "冯执法", xingtang.getId(), Set.of(Role.INSPECTOR),
                        new EnforcementCertificate("冀执13012520240012", from, until), PasswordPolicy.DEMO_PASSWORD));

        SyntheticEnterprises gen = new SyntheticEnterprises(20261201L);
        long serial = 9001;
        for (int i = 0; i < 4; i++) {
            enterpriseIn(gen, countyAdmin, zhufutun, "河北省石家庄市正定县诸福屯镇", serial++);
        }
        enterpriseIn(gen, countyAdmin, xinchengpu, "河北省石家庄市正定县新城铺镇", serial);
    }

    private void enterpriseIn(SyntheticEnterprises gen, Actor countyAdmin, Township township, String place,
                              long serial) {
        Sector sector = serial % 2 == 0 ? Sector.INDUSTRY_TRADE : Sector.HAZARDOUS_CHEMICALS;
        int employees = 20 + gen.nextInt(180);
        EnterpriseProfile profile = new EnterpriseProfile(
                gen.name(township.getName(), SyntheticEnterprises.kindOf(sector), serial), gen.address(place), sector, employees, SyntheticEnterprises.scale(employees), gen.person(),
                gen.person(), employees > 100, employees > 100 ? 1 : 0, employees > 100 ? 0 : 1,
                gen.standardization(), serial % 2 == 0 ? RiskGrade.BLUE : RiskGrade.YELLOW, 0, gen.status());
        Enterprise e = enterprises.register(countyAdmin, SyntheticEnterprises.creditCode(ZHENGDING, serial), ZHENGDING,
                profile);
        placing.place(countyAdmin, e.getId(), null, township.getId());
    }
}
