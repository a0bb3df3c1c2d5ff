package vn.kehoachxa.domain.text;

/** Roman numerals (số La Mã) for headings and table groups: I, II, …, XXXIX. */
public final class RomanNumerals {
    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] SYMBOLS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private RomanNumerals() {
    }

    /** {@code 4 → "IV"}; numbers from 1 to 3999. */
    public static String of(int number) {
        if (number < 1 || number > 3999) {
            throw new IllegalArgumentException("Roman numerals cover 1..3999, not " + number);
        }
        StringBuilder out = new StringBuilder();
        int rest = number;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                out.append(SYMBOLS[i]);
                rest -= VALUES[i];
            }
        }
        return out.toString();
    }
}
