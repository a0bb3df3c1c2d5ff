package vn.kehoachxa.domain.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The range of the figures a plan and its reports hold (mục tiêu, giá trị gốc, số liệu báo cáo). It is the
 * database's {@code DECIMAL(20, 6)}: at most 14 digits before the decimal point and 6 after, so a figure that passes
 * these checks is stored exactly as it was read. Checks use only precision and scale, never expanding the number, so
 * {@code 1e999999} costs nothing to refuse.
 */
public final class Figures {
    /** Digits before the decimal point: below one hundred thousand billion, far above any commune's figure. */
    public static final int MAX_INTEGER_DIGITS = 14;
    /** Digits after the decimal point. */
    public static final int MAX_FRACTION_DIGITS = 6;

    private Figures() {
    }

    /** Whether {@code value} is stored exactly: within both limits. */
    public static boolean fits(BigDecimal value) {
        return integerDigitsFit(value) && fractionDigits(value) <= MAX_FRACTION_DIGITS;
    }

    /**
     * {@code value} rounded half-up to {@value #MAX_FRACTION_DIGITS} decimals (a figure computed by a spreadsheet
     * formula, 33.333333333333336), or empty when its integer part is too long to store.
     */
    public static Optional<BigDecimal> rounded(BigDecimal value) {
        if (!integerDigitsFit(value)) {
            return Optional.empty();
        }
        BigDecimal r = fractionDigits(value) <= MAX_FRACTION_DIGITS ? value
                : value.setScale(MAX_FRACTION_DIGITS, RoundingMode.HALF_UP);
        return integerDigitsFit(r) ? Optional.of(r) : Optional.empty();
    }

    private static boolean integerDigitsFit(BigDecimal value) {
        return value.signum() == 0 || (long) value.precision() - value.scale() <= MAX_INTEGER_DIGITS;
    }

    private static long fractionDigits(BigDecimal value) {
        return value.signum() == 0 ? 0 : Math.max(0, value.stripTrailingZeros().scale());
    }
}
