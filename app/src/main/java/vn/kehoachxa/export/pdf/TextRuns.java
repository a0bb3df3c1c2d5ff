package vn.kehoachxa.export.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a page's text as {@link TextRun}s with their positions. The stripper's own lines join the two columns of the
 * footer (Nơi nhận and the signature) into one line, so the glyphs are grouped here: one line per baseline, split
 * where the gap is wider than twice the font size.
 */
final class TextRuns extends PDFTextStripper {
    private final List<TextPosition> glyphs = new ArrayList<>();

    private TextRuns() {
        setSortByPosition(true);
    }

    /** The runs of page {@code index} (0-based) of {@code doc}, top to bottom, left to right. */
    static List<TextRun> of(PDDocument doc, int index) throws IOException {
        TextRuns stripper = new TextRuns();
        stripper.setStartPage(index + 1);
        stripper.setEndPage(index + 1);
        stripper.getText(doc);
        return group(stripper.glyphs, doc.getPage(index).getCropBox());
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        glyphs.addAll(positions);
    }

    private static List<TextRun> group(List<TextPosition> all, PDRectangle crop) {
        List<TextPosition> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
        List<List<TextPosition>> lines = new ArrayList<>();
        for (TextPosition g : sorted) {
            List<TextPosition> last = lines.isEmpty() ? null : lines.getLast();
            if (last != null && Math.abs(last.getFirst().getYDirAdj() - g.getYDirAdj()) < 2f) {
                last.add(g);
            } else {
                lines.add(new ArrayList<>(List.of(g)));
            }
        }
        List<TextRun> runs = new ArrayList<>();
        for (List<TextPosition> line : lines) {
            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
            List<TextPosition> run = new ArrayList<>();
            for (TextPosition g : line) {
                if (!run.isEmpty()) {
                    TextPosition prev = run.getLast();
                    float gap = g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj());
                    if (gap > 2 * size(prev)) {
                        runs.add(run(run, crop));
                        run = new ArrayList<>();
                    }
                }
                run.add(g);
            }
            if (!run.isEmpty()) {
                runs.add(run(run, crop));
            }
        }
        return runs;
    }

    private static TextRun run(List<TextPosition> glyphs, PDRectangle crop) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float baseline = 0;
        float size = 0;
        TextPosition prev = null;
        for (TextPosition g : glyphs) {
            if (prev != null && g.getXDirAdj() - (prev.getXDirAdj() + prev.getWidthDirAdj()) > 0.2f * size(prev)) {
                text.append(' ');
            }
            text.append(g.getUnicode());
            left = Math.min(left, g.getXDirAdj());
            right = Math.max(right, g.getXDirAdj() + g.getWidthDirAdj());
            baseline = Math.max(baseline, g.getYDirAdj());
            size = Math.max(size, size(g));
            prev = g;
        }
        // Text positions count from the crop box's top left; fields are placed in the page's user space.
        float base = crop.getUpperRightY() - baseline;
        left += crop.getLowerLeftX();
        right += crop.getLowerLeftX();
        // The line's box as a reader draws it: descenders reach about 0.22 of the size below the baseline, and
        // Vietnamese capitals with a tone mark over a vowel mark (Ủ, Ấ) about 0.95 above it.
        return new TextRun(text.toString(), left, right, base - 0.25f * size, base + 0.95f * size, size);
    }

    private static float size(TextPosition g) {
        float s = g.getFontSizeInPt();
        return s > 0 ? s : Math.max(g.getHeightDir(), 1f);
    }
}
