package cn.overloadcontrol.sourceunit;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.overloadcontrol.common.CreditCode;

/**
 * Plausible Chinese names, phone numbers and credit codes for the demo data. Every value comes
 * from the {@link Random} passed in, so a fixed seed gives the same data set on every start.
 */
final class DemoNames {

    private static final List<String> SURNAMES = List.of("王", "李", "张", "牛", "秦", "申", "郭", "赵", "陈", "毕",
            "刘", "杨", "常", "焦", "崔", "程", "宋", "靳", "范", "吴");
    private static final List<String> GIVEN_NAMES = List.of("建国", "国强", "志刚", "海军", "晓东", "丽娟", "红梅",
            "文杰", "俊峰", "永平", "学军", "宏伟", "卫东", "春生", "晋平", "丽华", "建华", "鹏飞", "晓燕", "志强",
            "国庆", "利民", "海燕", "艳芳", "瑞平", "振华", "军平", "玉梅", "晓军", "斌", "磊", "静", "伟", "芳");
    /** Trade names (字号); 长平, 炎帝, 丹河 and 泫氏 are local names of 高平. */
    static final List<String> TRADE_NAMES = List.of("鑫源", "宏达", "晋丰", "泰安", "兴旺", "金鼎", "隆盛", "华鑫",
            "恒通", "瑞丰", "永昌", "福源", "天泰", "盛达", "鼎鑫", "荣晟", "昌盛", "富源", "嘉禾", "顺通", "宝丰",
            "汇丰", "新峰", "凯达", "润泽", "长平", "炎帝", "丹河", "泫氏", "金峰", "三晋", "太行", "康达", "东昇",
            "中兴", "旭日", "安泰", "裕丰", "广源", "聚源", "明泰", "德顺", "永兴", "同兴", "万通", "祥瑞", "佳通",
            "众和", "红星", "金海", "春晖", "宏图", "建新", "兴业", "昊天", "博源", "晟达", "鸿运", "晋源", "恒泰");
    static final List<String> VILLAGES = List.of("东庄村", "西沟村", "南岭村", "北坡村", "王家庄村", "李家河村",
            "赵庄村", "石桥村", "后沟村", "新庄村", "杜家岭村", "南庄村", "上庄村", "下河村", "马家沟村");
    static final List<String> VILLAGE_DIRECTIONS = List.of("村北500米", "村东", "村南1公里", "村西", "村口",
            "村北工业区");
    static final List<String> ROADS = List.of("长平路", "神农路", "炎帝大街", "友谊路", "建设路", "泫氏街",
            "康乐街", "丹河路", "北环路", "南环路");

    /** The 31 characters of GB 32100 credit codes, in value order. */
    private static final String CREDIT_CODE_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final List<String> MOBILE_PREFIXES = List.of("135", "137", "138", "139", "150", "151", "152",
            "158", "159", "187", "188", "134");

    private final Random random;

    DemoNames(Random random) {
        this.random = random;
    }

    String person() {
        return pick(SURNAMES) + pick(GIVEN_NAMES);
    }

    String mobile() {
        return pick(MOBILE_PREFIXES) + digits(8);
    }

    /** A landline of 高平 (area code 0356). */
    String officePhone() {
        return "0356-52" + digits(5);
    }

    /**
     * Returns a credit code of an enterprise (9 1) registered in the given division, with a
     * correct check character and not in {@code taken}.
     */
    String creditCode(String divisionCode, Set<String> taken) {
        String code;
        do {
            StringBuilder first17 = new StringBuilder("91").append(divisionCode).append("MA0");
            for (int i = 0; i < 6; i++) {
                first17.append(CREDIT_CODE_CHARSET.charAt(random.nextInt(CREDIT_CODE_CHARSET.length())));
            }
            code = first17.toString() + CreditCode.checkCharacter(first17.toString());
        } while (taken.contains(code));
        taken.add(code);
        return code;
    }

    /** Shuffles the list in place with this generator's random numbers. */
    void shuffle(List<?> values) {
        Collections.shuffle(values, random);
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.toString();
    }
}
