package vn.kehoachxa.export.pdf;

import vn.kehoachxa.export.word.PageSetup;

/**
 * Page geometry of {@link PageSetup}, as FO page masters: A4 portrait for the body, A4 landscape for appendices and
 * Biểu, margins 20/20/30/15 mm (landscape left 20 mm), the page number centred in the top margin from the second
 * page of each part, numbering restarting at 1 in each part — as each Word section does.
 */
final class FoPages {

    /** A portrait part (the document body). */
    static final String PORTRAIT = "portrait";
    /** A landscape part (an appendix, a Biểu). */
    static final String LANDSCAPE = "landscape";
    /** A landscape appendix in a file of its own: the signing note at the top right of its first page. */
    static final String LANDSCAPE_SIGNED = "landscape-signed";

    private static final String FIRST = "first-before";
    private static final String FIRST_SIGNED = "signed-before";
    private static final String REST = "rest-before";
    /** Word's header distance: the page number's line starts 10 mm from the top edge. */
    private static final int HEADER_DISTANCE = 567;

    private FoPages() {
    }

    /** Opens the root and writes the masters. */
    static void begin(Fo fo) {
        fo.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        fo.open("root", "xmlns:fo", "http://www.w3.org/1999/XSL/Format", "font-family", Fo.FAMILY,
                "font-size", "14pt", "line-height", Fo.lineHeight(240),
                // Spaces print as typed, as in Word: the blanks of a draft's number and date stay blanks.
                "white-space-collapse", "false");
        fo.open("layout-master-set");
        master(fo, "p-first", false, FIRST);
        master(fo, "p-rest", false, REST);
        master(fo, "l-first", true, FIRST);
        master(fo, "l-signed", true, FIRST_SIGNED);
        master(fo, "l-rest", true, REST);
        sequence(fo, PORTRAIT, "p-first", "p-rest");
        sequence(fo, LANDSCAPE, "l-first", "l-rest");
        sequence(fo, LANDSCAPE_SIGNED, "l-signed", "l-rest");
        fo.close("layout-master-set");
    }

    static void end(Fo fo) {
        fo.close("root");
    }

    private static void master(Fo fo, String name, boolean landscape, String before) {
        int top = PageSetup.TOP - HEADER_DISTANCE;
        fo.open("simple-page-master", "master-name", name,
                "page-width", Fo.pt(landscape ? PageSetup.A4_LONG : PageSetup.A4_SHORT),
                "page-height", Fo.pt(landscape ? PageSetup.A4_SHORT : PageSetup.A4_LONG),
                "margin-top", Fo.pt(HEADER_DISTANCE), "margin-bottom", Fo.pt(PageSetup.BOTTOM),
                "margin-left", Fo.pt(landscape ? PageSetup.LANDSCAPE_LEFT : PageSetup.LEFT),
                "margin-right", Fo.pt(PageSetup.RIGHT));
        fo.empty("region-body", "margin-top", Fo.pt(top));
        fo.empty("region-before", "region-name", before, "extent", Fo.pt(top));
        fo.close("simple-page-master");
    }

    private static void sequence(Fo fo, String name, String first, String rest) {
        fo.open("page-sequence-master", "master-name", name);
        fo.open("repeatable-page-master-alternatives");
        fo.empty("conditional-page-master-reference", "master-reference", first, "page-position", "first");
        fo.empty("conditional-page-master-reference", "master-reference", rest, "page-position", "rest");
        fo.close("repeatable-page-master-alternatives");
        fo.close("page-sequence-master");
    }

    /**
     * Opens a part on its own pages, numbered from 1, and its flow. {@code signingNote}, for a separate appendix
     * file, is printed at the top right of its first page in Times 10 pt upright (Decree 30, Appendix I).
     */
    static void beginPart(Fo fo, String master, String signingNote) {
        // No blank page to make a part end on an even page before the next part's page 1.
        fo.open("page-sequence", "master-reference", master, "initial-page-number", "1",
                "force-page-count", "no-force");
        fo.open("static-content", "flow-name", REST);
        fo.open("block", "text-align", "center", "font-size", "14pt").empty("page-number").close("block");
        fo.close("static-content");
        if (signingNote != null) {
            fo.open("static-content", "flow-name", FIRST_SIGNED);
            fo.block(signingNote, "text-align", "end", "font-size", "10pt", "font-style", "normal",
                    "font-weight", "normal");
            fo.close("static-content");
        }
        fo.open("flow", "flow-name", "xsl-region-body");
    }

    static void endPart(Fo fo) {
        fo.close("flow");
        fo.close("page-sequence");
    }
}
