package vn.kehoachxa.export.pdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A run of text on one printed line, as far as the next wide gap (so the signature column and Nơi nhận beside it are
 * two runs), with its box in PDF points (origin bottom left): {@code bottom} just under the baseline's descenders,
 * {@code top} at the letters' height.
 */
record TextRun(String text, float left, float right, float bottom, float top, float fontSize) {
    /** The text compared without case, accents kept, spaces collapsed, composed the same way. */
    String key() {
        return key(text);
    }

    /** The comparison form of any text: NFC, upper case, single spaces, no space around "/" or ".". */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ")
                .replaceAll(" ?([/.]) ?", "$1").strip();
    }

    float centreX() {
        return (left + right) / 2;
    }
}
