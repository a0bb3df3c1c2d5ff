package vn.kehoachxa.export.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads exported PDFs back: veraPDF's PDF/A-2b verdict, the fonts, each page's size, the text as PDFBox extracts it,
 * and the .docx text as POI reads it, both normalised alike for comparison.
 */
final class PdfChecks {

    /** Runs of white space (Unicode, the no-break space included) become one space. */
    private static final Pattern SPACE = Pattern.compile("[\\s\\u00a0]+", Pattern.UNICODE_CHARACTER_CLASS);
    /** A line that ends inside a word, after its hyphen or slash ("11-" of "11-KH/TU", "72-NQ/"): no space. */
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=\\S[-/])[ \\t]*\\R\\s*");
    /** The page number printed alone at the top of a page from the second on. */
    private static final Pattern PAGE_NUMBER_LINE = Pattern.compile("\\A\\s*\\d{1,3}\\s*\\R");

    private PdfChecks() {
    }

    /** The PDF/A-2b rules {@code pdf} fails, as "clause: message" (empty when conformant). */
    static List<String> pdfaFailures(byte[] pdf) {
        try {
            return vn.kehoachxa.testsupport.TestPdfs.pdfA2bFailures(new ByteArrayInputStream(pdf));
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not read the PDF", e);
        }
    }

    /** Names of fonts used on any page that are not embedded. */
    static List<String> unembeddedFonts(byte[] pdf) {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    if (!font.isEmbedded()) {
                        out.add(font.getName());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Whether each page is A4 ({@code true} landscape, {@code false} portrait); fails on any other size. */
    static List<Boolean> landscapeA4Pages(byte[] pdf) {
        List<Boolean> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDRectangle box = page.getMediaBox();
                double w = box.getWidth();
                double h = box.getHeight();
                boolean portrait = Math.abs(w - 595.3) < 1 && Math.abs(h - 841.9) < 1;
                boolean landscape = Math.abs(h - 595.3) < 1 && Math.abs(w - 841.9) < 1;
                if (!portrait && !landscape) {
                    throw new AssertionError("page " + out.size() + 1 + " is not A4: " + w + " x " + h);
                }
                out.add(landscape);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static int pages(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(byte[] pdf) {
        return text(pdf, List.of());
    }

    /**
     * The PDF's text as a reader copies it: page by page in content order, with this normalisation — the page number
     * line at the top of a page from the second on dropped; a table header row repeated at the top of a later page
     * (one of {@code repeatedHeaders}, cells joined by a space) dropped; a line break right after a hyphen or slash
     * that ends inside a word ("11-" / "KH/TU") removed; every other white space run (line ends, the gaps of
     * justified lines, no-break spaces) made one space; pages joined by one space.
     */
    static String text(byte[] pdf, List<String> repeatedHeaders) {
        return text(pdf, repeatedHeaders, 1, Integer.MAX_VALUE);
    }

    /** {@link #text(byte[], List)} of pages {@code first} to {@code last} (1-based, inclusive). */
    static String text(byte[] pdf, List<String> repeatedHeaders, int first, int last) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            StringBuilder all = new StringBuilder();
            for (int p = first; p <= Math.min(last, doc.getNumberOfPages()); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String page = stripper.getText(doc);
                if (p > 1) {
                    page = PAGE_NUMBER_LINE.matcher(page).replaceFirst("");
                }
                page = normalise(WORD_BREAK.matcher(page).replaceAll(""));
                for (String header : repeatedHeaders) {
                    if (p > 1 && page.startsWith(header + " ") && !all.toString().endsWith(header)) {
                        page = page.substring(header.length() + 1);
                    }
                }
                boolean inWord = all.length() > 1 && (all.charAt(all.length() - 1) == '-'
                        || all.charAt(all.length() - 1) == '/') && !Character.isWhitespace(all.charAt(all.length() - 2));
                if (!all.isEmpty() && !page.isEmpty() && !inWord) {
                    all.append(' ');
                }
                all.append(page);
            }
            return all.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The .docx's non-empty paragraphs in document order — body paragraphs and, row by row and cell by cell, those
     * of tables and tables inside cells — each normalised as {@link #text}.
     */
    static List<String> docxParagraphs(XWPFDocument docx) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : docx.getBodyElements()) {
            collect(e, out);
        }
        return out;
    }

    private static void collect(IBodyElement e, List<String> out) {
        if (e instanceof XWPFParagraph p) {
            String t = normalise(p.getText());
            if (!t.isEmpty()) {
                out.add(t);
            }
        } else if (e instanceof XWPFTable table) {
            for (XWPFTableRow row : table.getRows()) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    for (IBodyElement inner : cell.getBodyElements()) {
                        collect(inner, out);
                    }
                }
            }
        }
    }

    /** {@code text} without any white space: how a line broke (after "hóa-" or "hóa- ") no longer matters. */
    static String letters(String text) {
        return SPACE.matcher(text).replaceAll("");
    }

    /** The characters of {@code text} but white space, sorted: the same letters, in whatever order. */
    static String sortedLetters(String text) {
        int[] cps = letters(text).codePoints().sorted().toArray();
        return new String(cps, 0, cps.length);
    }

    static String normalise(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }
}
