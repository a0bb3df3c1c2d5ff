package vn.kehoachxa.export.word;

import java.text.Normalizer;

/**
 * Estimates how wide a line of Times New Roman is, so a rule can be drawn "as long as the text" without a font
 * renderer. Widths are the standard Times metrics in 1/1000 em; a Vietnamese letter is as wide as its base letter.
 */
public final class TextWidth {

    private static final String UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final int[] REGULAR_UPPER = {722, 667, 667, 722, 611, 556, 722, 722, 333, 389, 722, 611, 889, 722,
        722, 556, 722, 667, 556, 611, 722, 722, 944, 722, 722, 611};
    private static final int[] BOLD_UPPER = {722, 667, 722, 722, 667, 611, 778, 778, 389, 500, 778, 667, 944, 722,
        778, 611, 778, 722, 556, 667, 722, 722, 1000, 722, 722, 667};
    private static final int[] REGULAR_LOWER = {444, 500, 444, 500, 444, 333, 500, 500, 278, 278, 500, 278, 778, 500,
        500, 500, 500, 333, 389, 278, 500, 500, 722, 500, 500, 444};
    private static final int[] BOLD_LOWER = {500, 556, 444, 556, 444, 333, 500, 556, 278, 333, 556, 278, 833, 556,
        500, 556, 556, 444, 389, 333, 556, 500, 722, 500, 500, 444};

    private TextWidth() {
    }

    /** Width of {@code text} at {@code points} in twips. */
    public static int twips(String text, int points, boolean bold) {
        String base = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        long thousandths = 0;
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            thousandths += width(c, bold);
        }
        return (int) Math.ceil(thousandths * points * 20 / 1000.0);
    }

    private static int width(char c, boolean bold) {
        int upper = UPPER.indexOf(c);
        if (upper >= 0) {
            return (bold ? BOLD_UPPER : REGULAR_UPPER)[upper];
        }
        int lower = UPPER.indexOf(Character.toUpperCase(c));
        if (lower >= 0 && Character.isLowerCase(c)) {
            return (bold ? BOLD_LOWER : REGULAR_LOWER)[lower];
        }
        return switch (c) {
            case ' ' -> 250;
            case '-', '(', ')' -> 333;
            case '.', ',', ':', ';' -> 250;
            default -> Character.isDigit(c) ? 500 : 556;
        };
    }
}
