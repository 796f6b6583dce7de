package cn.safety.enforcement.persistence;

import cn.safety.enforcement.domain.department.Department;
import cn.safety.enforcement.domain.department.DepartmentService;
import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Enterprise;
import cn.safety.enforcement.domain.enterprise.EnterpriseProfile;
import cn.safety.enforcement.domain.enterprise.RegisteringEnterprise;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.jurisdiction.Actor;
import cn.safety.enforcement.domain.jurisdiction.Role;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Builds the rows a test needs through the domain services, each with names and credit codes that no other test uses,
 * so that no test depends on data another one left behind.
 */
public final class TestData {

    private static final String CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final AtomicLong SERIAL = new AtomicLong();

    private final DepartmentService departments;
    private final RegisteringEnterprise enterprises;

    public TestData(DepartmentService departments, RegisteringEnterprise enterprises) {
        this.departments = departments;
        this.enterprises = enterprises;
    }

    /** A token no other call returns in this run, usable in names and usernames. */
    public static String unique() {
        // opened by '-' and closed by '.', which no serial holds, so that one token is never a part of another
        // ("T1A" of "T1AB", "T1A." of "TAT1A."); both may stand in a username
        return "T-" + Long.toString(SERIAL.incrementAndGet(), 36).toUpperCase() + ".";
    }

    /**
     * A valid 18-character credit code registered in {@code divisionCode}, never returned twice in a run: the serial
     * sits in positions 9 to 17, so even the first 17 characters are unique.
     */
    public static String creditCode(String divisionCode) {
        long serial = SERIAL.incrementAndGet();
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            digits.insert(0, CREDIT_CODE_ALPHABET.charAt((int) (serial % 31)));
            serial /= 31;
        }
        String first17 = "91" + divisionCode + digits;
        return first17 + CreditCode.checkCharacter(first17);
    }

    public static Actor actorOf(Department department, Role... roles) {
        return new Actor(SERIAL.incrementAndGet(), "user-" + unique().toLowerCase(), department.getId(),
                department.getLevel(), department.getLocation(), Set.of(roles));
    }

    public static Actor inspectorOf(Department department) {
        return actorOf(department, Role.INSPECTOR);
    }

    public static EnterpriseProfile profile(String name, Sector sector, RiskGrade riskGrade) {
        return EnterpriseProfile.basic(name, "测试路1号", sector, 20, riskGrade);
    }

    /** A new department in {@code divisionCode}, its name made unique from {@code label}. */
    public Department department(String label, String divisionCode) {
        return departments.establishAsSystem(label + "应急管理局" + unique(), divisionCode);
    }

    /** Registers an enterprise located in {@code divisionCode} for {@code department}, by one of its inspectors. */
    public Enterprise enterprise(Department department, String divisionCode, String name, Sector sector,
                                 RiskGrade riskGrade) {
        return enterprises.register(inspectorOf(department), creditCode(divisionCode), divisionCode,
                profile(name, sector, riskGrade));
    }

    public Enterprise enterprise(Department department, String name) {
        return enterprise(department, department.getDivisionCode(), name, Sector.INDUSTRY_TRADE, RiskGrade.BLUE);
    }
}
