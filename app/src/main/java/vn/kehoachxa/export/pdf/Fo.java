package vn.kehoachxa.export.pdf;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A small XSL-FO writer: elements, attributes as name-value pairs, text escaped and in NFC (the precomposed
 * Vietnamese letters the fonts carry, so copied text is what was typed). Lengths come in twips, as the layout gives
 * them, and are written in points.
 */
final class Fo {

    /** The family every FO element uses; {@link PdfFonts} maps it to Times New Roman or Liberation Serif. */
    static final String FAMILY = "KhxSerif";
    /** Line height of single spacing as a multiple of the size: Times' ascent + descent + gap (1.107-1.149 em). */
    static final double SINGLE = 1.15;

    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens {@code tag} ({@code fo:} added) with {@code attributes} as name, value, name, value… */
    Fo open(String tag, String... attributes) {
        out.append("<fo:").append(tag);
        attributes(attributes);
        out.append('>');
        return this;
    }

    Fo close(String tag) {
        out.append("</fo:").append(tag).append('>');
        return this;
    }

    /** An element without content. */
    Fo empty(String tag, String... attributes) {
        out.append("<fo:").append(tag);
        attributes(attributes);
        out.append("/>");
        return this;
    }

    Fo text(String text) {
        if (text != null) {
            out.append(escape(Normalizer.normalize(text, Normalizer.Form.NFC)));
        }
        return this;
    }

    /** A block holding {@code text} only. */
    Fo block(String text, String... attributes) {
        return open("block", attributes).text(text).close("block");
    }

    /** Raw markup written by this package (the root's namespace declaration). */
    Fo raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String[] attributes) {
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                out.append(' ').append(attributes[i]).append("=\"").append(escape(attributes[i + 1])).append('"');
            }
        }
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /** Twips as points: {@code 567 → "28.35pt"}. */
    static String pt(double twips) {
        return String.format(Locale.ROOT, "%.2fpt", twips / 20.0);
    }

    /** Points as given: {@code 14 → "14pt"}. */
    static String size(int points) {
        return points + "pt";
    }

    /** Line height for {@code lines240ths} (Word's "auto" spacing: 240 = single) as a multiple of the size. */
    static String lineHeight(int lines240ths) {
        return String.format(Locale.ROOT, "%.3f", SINGLE * lines240ths / 240.0);
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    // XML 1.0 has no place for other control characters; a tab prints as a space.
                    if (c < 0x20 && c != '\n' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
