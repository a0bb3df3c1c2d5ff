package vn.kehoachxa.export.excel;

import java.text.Normalizer;

/**
 * Estimates how many lines a text takes when a spreadsheet cell wraps it. POI cannot size rows for wrapped text and
 * LibreOffice does not fit them on open, so the writer sets each row's height from this estimate. Widths are in
 * Excel's column unit: the width of the digit 0 of the body font (Times New Roman). The estimate errs towards one
 * line too many, because a blank line on paper is harmless and a clipped line is not.
 */
final class WrappedLines {
    /** Times New Roman advance widths of a–z and A–Z in em (the digit 0 is 0.5 em). */
    private static final double[] LOWER = {.444, .5, .444, .5, .444, .333, .5, .5, .278, .278, .5, .278, .778, .5,
        .5, .5, .5, .333, .389, .278, .5, .5, .722, .5, .5, .444};
    private static final double[] UPPER = {.722, .667, .667, .722, .611, .556, .722, .722, .333, .389, .722, .611,
        .889, .722, .722, .556, .722, .667, .556, .611, .722, .722, .944, .722, .722, .611};
    private static final double DIGIT_EM = 0.5;
    private static final char[] BASE_LETTERS = baseLetters();
    /** Cell padding on both sides, and a margin for the renderer's own rounding, in digit widths. */
    private static final double PADDING_CHARS = 1.2;
    /** Bold Times New Roman runs about 5 % wider; a little more for safety. */
    private static final double BOLD_FACTOR = 1.08;

    private WrappedLines() {
    }

    /**
     * Lines {@code text} needs in a cell {@code widthChars} wide, at {@code sizeRatio} times the body font size
     * (13 pt headings over a 12 pt body: 13/12). Hard line breaks always count.
     */
    static int count(String text, double widthChars, double sizeRatio, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 1;
        }
        double scale = sizeRatio * (bold ? BOLD_FACTOR : 1.0);
        double available = Math.max(1.0, widthChars - PADDING_CHARS);
        int lines = 0;
        for (String hardLine : text.split("\n", -1)) {
            lines += wrap(hardLine, available, scale);
        }
        return Math.max(1, lines);
    }

    /** Greedy word wrap as spreadsheet renderers do it; a word wider than the cell breaks between letters. */
    private static int wrap(String line, double available, double scale) {
        int lines = 1;
        double used = 0;
        double space = width(' ') * scale;
        for (String word : line.split(" ")) {
            double w = width(word) * scale;
            double needed = used == 0 ? w : used + space + w;
            if (needed <= available) {
                used = needed;
                continue;
            }
            if (used > 0) {
                lines++;
            }
            while (w > available) {
                lines++;
                w -= available;
            }
            used = w;
        }
        return lines;
    }

    private static double width(String word) {
        double sum = 0;
        for (int i = 0; i < word.length(); i++) {
            sum += width(word.charAt(i));
        }
        return sum;
    }

    /** Width of one character in digit widths; Vietnamese letters count as their base letter. */
    static double width(char c) {
        char base = baseLetter(c);
        double em;
        if (base >= 'a' && base <= 'z') {
            em = LOWER[base - 'a'];
        } else if (base >= 'A' && base <= 'Z') {
            em = UPPER[base - 'A'];
        } else if (base >= '0' && base <= '9') {
            em = DIGIT_EM;
        } else if (base == ' ' || base == '.' || base == ',' || base == ';' || base == ':' || base == '\'') {
            em = 0.25;
        } else if (base == '-' || base == '(' || base == ')' || base == '/' || base == '[' || base == ']') {
            em = 0.333;
        } else if (base == '%') {
            em = 0.833;
        } else {
            em = 0.6;
        }
        return em / DIGIT_EM;
    }

    private static char baseLetter(char c) {
        return c < BASE_LETTERS.length ? BASE_LETTERS[c] : c;
    }

    /** Base letters of Latin characters up to the Vietnamese block (U+1EFF), decomposed once. */
    private static char[] baseLetters() {
        char[] table = new char[0x1F00];
        for (char c = 0; c < table.length; c++) {
            table[c] = c < 0x80 ? c : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).charAt(0);
        }
        table['đ'] = 'd';
        table['Đ'] = 'D';
        return table;
    }
}
