package vn.kehoachxa.domain.reporting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseNumbers;

/**
 * Kiểm tra số liệu: the one rule for whether a unit's figure is plausible, used by the form import preview, the
 * stored reports and the Kết quả screen alike.
 *
 * <p>Range by unit of measure ({@link MeasureKind}): a percentage must lie in 0–100; a count must be a whole number
 * and not negative. A figure out of range is blocking. Change against the unit's own figure for the same indicator in
 * the previous period of the same kind: more than {@value #RATIO} times it, or less than a {@value #RATIO}rd of it,
 * is flagged but not blocking (a new campaign can triple a count). Changes where both figures are below
 * {@value #SMALL} are not flagged, since small numbers swing naturally (a station going from 1 to 4 doctors); a
 * previous figure of 0 counts as an unbounded rise when the new figure is at least {@value #SMALL}.
 */
public final class FigureChecks {
    /** The factor beyond which a change from the previous period is flagged. */
    public static final int RATIO = 3;
    /** Below this, on both sides, a change is not flagged. */
    public static final int SMALL = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal RATIO_BD = BigDecimal.valueOf(RATIO);
    private static final BigDecimal SMALL_BD = BigDecimal.valueOf(SMALL);

    private FigureChecks() {
    }

    /**
     * The flags of {@code value} for an indicator measured in {@code unitOfMeasure}; {@code previous} is the unit's
     * figure for the previous period (null: none). No value (a text answer) has no flags.
     */
    public static List<FigureFlag> check(String unitOfMeasure, BigDecimal value, BigDecimal previous) {
        List<FigureFlag> flags = new ArrayList<>();
        if (value == null) {
            return flags;
        }
        String shown = VietnameseNumbers.format(value);
        switch (MeasureKind.of(unitOfMeasure)) {
            case PERCENT -> {
                if (value.signum() < 0) {
                    flags.add(flag(FigureFlag.Kind.PERCENT_BELOW_ZERO, shown));
                } else if (value.compareTo(HUNDRED) > 0) {
                    flags.add(flag(FigureFlag.Kind.PERCENT_ABOVE_HUNDRED, shown));
                }
            }
            case COUNT -> {
                if (value.signum() < 0) {
                    flags.add(flag(FigureFlag.Kind.NEGATIVE_COUNT, shown, unitOfMeasure.strip()));
                }
                if (value.stripTrailingZeros().scale() > 0) {
                    flags.add(flag(FigureFlag.Kind.FRACTIONAL_COUNT, shown, unitOfMeasure.strip()));
                }
            }
            case OTHER -> {
                // No range is known for years, centimetres or money.
            }
        }
        if (previous != null && previous.signum() >= 0 && value.signum() >= 0
                && (value.compareTo(SMALL_BD) >= 0 || previous.compareTo(SMALL_BD) >= 0)) {
            String before = VietnameseNumbers.format(previous);
            if (value.compareTo(previous.multiply(RATIO_BD)) > 0) {
                flags.add(flag(FigureFlag.Kind.BIG_RISE, shown, before, RATIO));
            } else if (value.multiply(RATIO_BD).compareTo(previous) < 0) {
                flags.add(flag(FigureFlag.Kind.BIG_FALL, shown, before, RATIO));
            }
        }
        return flags;
    }

    /** Whether any of {@code flags} keeps the figure out until accepted with a note. */
    public static boolean blocking(List<FigureFlag> flags) {
        return flags.stream().anyMatch(FigureFlag::blocking);
    }

    private static FigureFlag flag(FigureFlag.Kind kind, Object... args) {
        return new FigureFlag(kind, Texts.get("figurecheck." + kind.name(), args));
    }
}
