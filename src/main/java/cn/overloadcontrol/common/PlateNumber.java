package cn.overloadcontrol.common;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Vehicle plate number (号牌号码) per GA 36, normalized and validated.
 *
 * <p>A value that does not validate, including camera placeholders such as 无车牌 or 未识别 and
 * the empty string, is still a {@code PlateNumber}: it means "no readable plate" and callers store
 * and flag it. Parsing never throws.
 *
 * <p>NOTE: embassy (使, 领), military, civil-aviation and 应急 plates are not recognised and read
 * as "no readable plate".
 */
public final class PlateNumber {

    /** New-energy plate size: small vehicles carry the energy letter first, large ones last. */
    public enum NewEnergy {
        NONE,
        /** 小型新能源汽车号牌, gradient green: energy letter in position 3, for example 晋AD12345. */
        SMALL,
        /** 大型新能源汽车号牌, yellow-green: five digits, then the energy letter, for example 晋E12345D. */
        LARGE
    }

    /** Texts cameras send instead of a plate, compared in lower case. */
    private static final Set<String> NO_PLATE = Set.of("--", "unlicensed", "_无_", "无车牌", "无牌车", "未识别", "无");

    /** The 31 mainland province-level abbreviations that start a plate. */
    private static final String PROVINCES = "京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川贵云藏陕甘青宁新";

    /**
     * Issuing-authority letter. GA 36 leaves I and O out of the serial only, so any capital
     * letter is accepted here.
     */
    private static final String AUTHORITY = "[A-Z]";

    /** Serial characters: digits and capital letters except I and O, which read as 1 and 0. */
    private static final String SERIAL = "[0-9A-HJ-NP-Z]";

    /** D (electric) and F (other) were the first energy letters; A, B, C, E and G, H, J, K came later. */
    private static final String ENERGY = "[DFABCEGHJK]";

    private static final String PROVINCE = "[" + PROVINCES + "]";

    /** Four serial characters, then a fifth or one of the suffixes 挂 (trailer), 学, 警, 港, 澳. */
    private static final Pattern ORDINARY = Pattern.compile(
            PROVINCE + AUTHORITY + SERIAL + "{4}(" + SERIAL + "|[挂学警港澳])");

    /** Energy letter, one serial character, then four digits. */
    private static final Pattern NEW_ENERGY_SMALL = Pattern.compile(
            PROVINCE + AUTHORITY + ENERGY + SERIAL + "[0-9]{4}");

    /** Five digits, then the energy letter. */
    private static final Pattern NEW_ENERGY_LARGE = Pattern.compile(
            PROVINCE + AUTHORITY + "[0-9]{5}" + ENERGY);

    private static final char TRAILER_SUFFIX = '挂';

    private final String normalized;
    private final boolean valid;
    private final NewEnergy newEnergy;

    private PlateNumber(String normalized, boolean valid, NewEnergy newEnergy) {
        this.normalized = normalized;
        this.valid = valid;
        this.newEnergy = newEnergy;
    }

    /**
     * Returns whether {@code text} stands for "no plate read" rather than for a plate: it is
     * missing or blank, or a camera's placeholder (Dahua "--" and "unlicensed", Vzenith "_无_",
     * and the Chinese 无车牌, 无牌车, 未识别 and 无 seen from several vendors).
     */
    public static boolean isPlaceholder(String text) {
        return text == null || text.isBlank() || NO_PLATE.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** Normalizes and validates {@code input}; {@code null} reads as the empty string. */
    public static PlateNumber of(String input) {
        String text = normalize(input);
        if (NEW_ENERGY_SMALL.matcher(text).matches()) {
            return new PlateNumber(text, true, NewEnergy.SMALL);
        }
        if (NEW_ENERGY_LARGE.matcher(text).matches()) {
            return new PlateNumber(text, true, NewEnergy.LARGE);
        }
        return new PlateNumber(text, ORDINARY.matcher(text).matches(), NewEnergy.NONE);
    }

    /**
     * Strips separators (middle dots, bullets, hyphens, whitespace including the ideographic
     * space), maps full-width ASCII characters to ASCII and upper-cases.
     */
    public static String normalize(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(input.length());
        for (char c : input.toCharArray()) {
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0);
            }
            if (!isSeparator(c)) {
                result.append(c);
            }
        }
        return result.toString().toUpperCase(Locale.ROOT);
    }

    private static boolean isSeparator(char c) {
        // U+00B7 middle dot as printed on plates, U+2022 bullet and U+30FB katakana middle dot
        // as typed by Chinese input methods.
        return c == '\u00B7' || c == '\u2022' || c == '\u30FB' || c == '-'
                || c == '\u3000' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    public String normalized() {
        return normalized;
    }

    /** Whether the plate follows GA 36; {@code false} means "no readable plate". */
    public boolean valid() {
        return valid;
    }

    public NewEnergy newEnergy() {
        return newEnergy;
    }

    public boolean isNewEnergy() {
        return newEnergy != NewEnergy.NONE;
    }

    /** Whether this is a valid trailer plate (ending in 挂), carried by the trailer of a combination. */
    public boolean trailer() {
        return valid && normalized.charAt(normalized.length() - 1) == TRAILER_SUFFIX;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PlateNumber plate && plate.normalized.equals(normalized);
    }

    @Override
    public int hashCode() {
        return Objects.hash(normalized);
    }

    @Override
    public String toString() {
        return normalized;
    }
}
