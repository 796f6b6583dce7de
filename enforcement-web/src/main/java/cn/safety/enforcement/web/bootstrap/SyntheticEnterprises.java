package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;

import java.util.Random;

/**
 * Realistic made-up enterprises for demos and benchmarks: valid credit codes carrying the real division code, names
 * in the usual pattern, and a sector and risk mix like a northern province's registry.
 */
final class SyntheticEnterprises {

    private static final String[] BRANDS = {"华兴", "宏达", "新源", "冀东", "金诚", "恒信", "瑞丰", "鑫盛", "天成",
            "永安", "博远", "中泰", "海润", "盛世", "德隆", "汇通", "正元", "广源", "东方", "北辰", "利民", "长城",
            "泰和", "聚力", "兴业", "嘉禾", "荣达", "景润", "昌盛", "安泰"};
    private static final String[] STREETS = {"建设路", "中山路", "和平路", "胜利街", "解放路", "友谊大街", "工业大道",
            "开发区纬二路", "新华路", "育才街", "园区经三路", "迎宾大道"};
    private static final Sector[] SECTORS = Sector.values();
    /** Weights in the order of {@link Sector#values()}. */
    private static final int[] SECTOR_WEIGHTS = {4, 8, 1, 4, 7, 3, 6, 30, 12, 8, 3, 5, 9};
    private static final String[] SECTOR_WORDS = {"矿业", "化工", "烟花爆竹", "钢铁", "木业", "冷冻食品", "污水处理",
            "机械制造", "建筑工程", "运输", "燃气", "起重机械", "商贸"};

    private final Random random;

    SyntheticEnterprises(long seed) {
        this.random = new Random(seed);
    }

    Sector sector() {
        int total = 0;
        for (int w : SECTOR_WEIGHTS) {
            total += w;
        }
        int pick = random.nextInt(total);
        for (int i = 0; i < SECTORS.length; i++) {
            pick -= SECTOR_WEIGHTS[i];
            if (pick < 0) {
                return SECTORS[i];
            }
        }
        return Sector.OTHER;
    }

    RiskGrade riskGrade(Sector sector) {
        int p = random.nextInt(100);
        int red = sector.keyInspection() ? 10 : 2;
        int orange = sector.keyInspection() ? 30 : 12;
        if (p < red) {
            return RiskGrade.RED;
        }
        if (p < red + orange) {
            return RiskGrade.ORANGE;
        }
        return p < 60 ? RiskGrade.YELLOW : RiskGrade.BLUE;
    }

    int employees() {
        double v = Math.exp(3.2 + random.nextGaussian() * 1.3);
        return (int) Math.max(3, Math.min(v, 20_000));
    }

    static Scale scale(int employees) {
        if (employees >= 1000) {
            return Scale.LARGE;
        }
        if (employees >= 300) {
            return Scale.MEDIUM;
        }
        return employees >= 20 ? Scale.SMALL : Scale.MICRO;
    }

    StandardizationGrade standardization() {
        int p = random.nextInt(100);
        return p < 5 ? StandardizationGrade.LEVEL_1 : p < 20 ? StandardizationGrade.LEVEL_2
                : p < 55 ? StandardizationGrade.LEVEL_3 : StandardizationGrade.NONE;
    }

    OperatingStatus status() {
        int p = random.nextInt(100);
        return p < 3 ? OperatingStatus.SUSPENDED : p < 6 ? OperatingStatus.RENOVATING
                : p < 8 ? OperatingStatus.CLOSED : OperatingStatus.OPERATING;
    }

    String name(String place, Sector sector, long serial) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        String suffix = serial % 3 == 0 ? "有限公司" : serial % 3 == 1 ? "有限责任公司" : "股份有限公司";
        return shortPlace(place) + brand + SECTOR_WORDS[sector.ordinal()] + suffix;
    }

    String address(String fullPlace) {
        return fullPlace + STREETS[random.nextInt(STREETS.length)] + (1 + random.nextInt(399)) + "号";
    }

    String person() {
        String[] family = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡"};
        String[] given = {"建国", "志强", "秀英", "海燕", "立新", "红梅", "伟", "磊", "静", "军", "敏", "洋", "勇", "艳"};
        return family[random.nextInt(family.length)] + given[random.nextInt(given.length)];
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    /**
     * A valid 统一社会信用代码 for an enterprise (91: registered by market regulation, a company) registered in
     * {@code divisionCode}; {@code serial} makes it unique, carried in the organisation code with its GB 11714 check.
     */
    static String creditCode(String divisionCode, long serial) {
        String digits = String.format("%08d", serial % 100_000_000L);
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        int c = 11 - sum % 11;
        char orgCheck = c == 10 ? 'X' : c == 11 ? '0' : (char) ('0' + c);
        String first17 = "91" + divisionCode + digits + orgCheck;
        return first17 + CreditCode.checkCharacter(first17);
    }

    private static String shortPlace(String place) {
        if (place.length() > 2 && (place.endsWith("县") || place.endsWith("市") || place.endsWith("区"))) {
            return place.substring(0, place.length() - 1);
        }
        return place;
    }
}
