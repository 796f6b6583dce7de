package cn.safety.enforcement.web.bootstrap;

import cn.safety.enforcement.domain.enterprise.CreditCode;
import cn.safety.enforcement.domain.enterprise.Feature;
import cn.safety.enforcement.domain.enterprise.OperatingStatus;
import cn.safety.enforcement.domain.enterprise.RiskGrade;
import cn.safety.enforcement.domain.enterprise.Scale;
import cn.safety.enforcement.domain.enterprise.Sector;
import cn.safety.enforcement.domain.enterprise.StandardizationGrade;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;

/**
 * Realistic made-up enterprises for demos and benchmarks: valid credit codes carrying the real division code, names
 * in the usual pattern, and a sector, feature and risk mix like a northern province's registry.
 */
final class SyntheticEnterprises {

    private static final String[] BRANDS = {"华兴", "宏达", "新源", "冀东", "金诚", "恒信", "瑞丰", "鑫盛", "天成",
            "永安", "博远", "中泰", "海润", "盛世", "德隆", "汇通", "正元", "广源", "东方", "北辰", "利民", "长城",
            "泰和", "聚力", "兴业", "嘉禾", "荣达", "景润", "昌盛", "安泰"};
    private static final String[] STREETS = {"建设路", "中山路", "和平路", "胜利街", "解放路", "友谊大街", "工业大道",
            "开发区纬二路", "新华路", "育才街", "园区经三路", "迎宾大道"};
    /**
     * What the made-up enterprises do, with weights, the word in their name and the features of the 工贸 kinds. The
     * order and weights are those of the sectors before the features were split off, so that a seed still draws the
     * same registry (names, grades, sizes) as before.
     */
    private static final Kind[] KINDS = {
            new Kind(Sector.MINING, 4, "矿业"),
            new Kind(Sector.HAZARDOUS_CHEMICALS, 8, "化工"),
            new Kind(Sector.FIREWORKS, 1, "烟花爆竹"),
            new Kind(Sector.METALLURGY, 4, "钢铁", Feature.MOLTEN_METAL),
            new Kind(Sector.INDUSTRY_TRADE, 7, "木业", Feature.COMBUSTIBLE_DUST),
            new Kind(Sector.INDUSTRY_TRADE, 3, "冷冻食品", Feature.AMMONIA_REFRIGERATION, Feature.CONFINED_SPACE),
            new Kind(Sector.INDUSTRY_TRADE, 6, "污水处理", Feature.CONFINED_SPACE),
            new Kind(Sector.INDUSTRY_TRADE, 30, "机械制造"),
            new Kind(Sector.CONSTRUCTION, 12, "建筑工程"),
            new Kind(Sector.TRANSPORT, 8, "运输"),
            new Kind(Sector.GAS, 3, "燃气"),
            new Kind(Sector.SPECIAL_EQUIPMENT, 5, "起重机械"),
            new Kind(Sector.OTHER, 9, "商贸")};
    /** Every fifth machine works with molten metal: a foundry (铸造). */
    private static final int FOUNDRY_EVERY = 5;

    /** A kind of enterprise: its sector, its features and the word its names carry. */
    record Kind(Sector sector, int weight, String word, Feature... features) {

        /** The features of the enterprise with this serial: a machine maker is now and then a foundry. */
        Set<Feature> featuresOf(long serial) {
            Set<Feature> f = features.length == 0 ? EnumSet.noneOf(Feature.class)
                    : EnumSet.copyOf(Arrays.asList(features));
            if (sector == Sector.INDUSTRY_TRADE && features.length == 0 && serial % FOUNDRY_EVERY == 0) {
                f.add(Feature.MOLTEN_METAL);
            }
            return f;
        }

        /** On the key-inspection list: a high-risk sector of the list, or a feature that is (涉爆粉尘). */
        boolean keyInspection() {
            return sector.keyInspection() || Arrays.stream(features).anyMatch(Feature::keyInspection);
        }
    }

    private final Random random;

    SyntheticEnterprises(long seed) {
        this.random = new Random(seed);
    }

    Kind kind() {
        int total = 0;
        for (Kind k : KINDS) {
            total += k.weight();
        }
        int pick = random.nextInt(total);
        for (Kind k : KINDS) {
            pick -= k.weight();
            if (pick < 0) {
                return k;
            }
        }
        return KINDS[KINDS.length - 1];
    }

    /** The kind of the first {@code sector} in the list (for enterprises whose sector is chosen, not drawn). */
    static Kind kindOf(Sector sector) {
        for (Kind k : KINDS) {
            if (k.sector() == sector) {
                return k;
            }
        }
        throw new IllegalArgumentException(sector.name());
    }

    /** The 涉爆粉尘 kind (木业): the province keeps some of these for itself. */
    static Kind combustibleDust() {
        return KINDS[4];
    }

    RiskGrade riskGrade(Kind kind) {
        int p = random.nextInt(100);
        int red = kind.keyInspection() ? 10 : 2;
        int orange = kind.keyInspection() ? 30 : 12;
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

    String name(String place, Kind kind, long serial) {
        String brand = BRANDS[random.nextInt(BRANDS.length)];
        String suffix = serial % 3 == 0 ? "有限公司" : serial % 3 == 1 ? "有限责任公司" : "股份有限公司";
        return shortPlace(place) + brand + kind.word() + suffix;
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
