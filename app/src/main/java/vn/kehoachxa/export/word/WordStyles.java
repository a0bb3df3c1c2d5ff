package vn.kehoachxa.export.word;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named Word styles of an exported plan, defined once in the styles part: an official who edits the file in
 * Word finds "Khx Body", "heading 1"… and keeps the formatting consistent. Times New Roman, black, everywhere.
 */
public final class WordStyles {

    static final String FONT = "Times New Roman";
    static final String BODY = "KhxBody";
    static final String BLOCK = "KhxBlock";
    static final String TYPE_NAME = "KhxTypeName";
    static final String SUMMARY = "KhxSummary";
    static final String RECIPIENTS = "KhxRecipients";
    static final String TABLE_TEXT = "KhxTableText";
    static final String TABLE_HEADING = "KhxTableHeading";
    static final String APPENDIX_LABEL = "KhxAppendixLabel";
    static final String APPENDIX_TITLE = "KhxAppendixTitle";
    static final String APPENDIX_NOTE = "KhxAppendixNote";
    static final String PAGE_NUMBER = "KhxPageNumber";
    /** Heading styles use Word's built-in ids so the navigation pane and outline view work. */
    static final int HEADING_LEVELS = 5;

    /** First-line indent of body paragraphs: 1 cm. */
    public static final int FIRST_LINE_TWIPS = 567;
    /** 6 pt after each paragraph. */
    public static final int AFTER_TWIPS = 120;
    /** Line spacing 1,2 (240 = single). */
    public static final int LINE_240THS = 288;

    private WordStyles() {
    }

    /** The style id of the heading at {@code depth} (deeper levels share the last one). */
    static String heading(int depth) {
        return "Heading" + Math.min(Math.max(depth, 1), HEADING_LEVELS);
    }

    /** Writes the styles part of {@code doc} for the sizes of {@code layout}. */
    static void define(XWPFDocument doc, DocumentLayout layout) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults.addNewRFonts());
        defaults.addNewColor().setVal("000000");
        defaults.addNewSz().setVal(halfPoints(layout.bodySize()));
        defaults.addNewSzCs().setVal(halfPoints(layout.bodySize()));
        defaults.addNewLang().setVal("vi-VN");
        styles.getDocDefaults().addNewPPrDefault().addNewPPr().addNewSpacing().setAfter(BigInteger.ZERO);

        CTStyle normal = style(styles, "Normal", "Normal", null);
        normal.setDefault(true);
        CTStyle body = style(styles, BODY, "Khx Body", "Normal");
        justified(body.getPPr(), FIRST_LINE_TWIPS);
        spacing(body.getPPr(), 0, AFTER_TWIPS, LINE_240THS);

        for (int level = 1; level <= HEADING_LEVELS; level++) {
            CTStyle h = style(styles, heading(level), "heading " + level, BODY);
            h.getPPr().addNewKeepNext();
            h.getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            if (level <= 3) {
                h.getRPr().addNewB();
                h.getRPr().addNewBCs();
            }
            if (level >= 3) {
                h.getRPr().addNewI();
                h.getRPr().addNewICs();
            }
        }

        CTStyle block = style(styles, BLOCK, "Khx Header Block", "Normal");
        block.getPPr().addNewJc().setVal(STJc.CENTER);
        spacing(block.getPPr(), 0, 0, 240);

        CTStyle typeName = style(styles, TYPE_NAME, "Khx Type Name", BLOCK);
        typeName.getPPr().addNewKeepNext();
        spacing(typeName.getPPr(), 360, 0, 240);
        bold(typeName.getRPr(), layout.typeNameSize());
        CTStyle summary = style(styles, SUMMARY, "Khx Summary", BLOCK);
        summary.getPPr().addNewKeepNext();
        bold(summary.getRPr(), layout.summarySize());

        CTStyle recipients = style(styles, RECIPIENTS, "Khx Recipients", "Normal");
        spacing(recipients.getPPr(), 0, 0, 240);
        size(recipients.getRPr(), 11);

        CTStyle tableText = style(styles, TABLE_TEXT, "Khx Table Text", "Normal");
        // Left-aligned: justified narrow cells stretch "Các cơ quan, đơn vị;" across the column.
        tableText.getPPr().addNewJc().setVal(STJc.LEFT);
        spacing(tableText.getPPr(), 40, 40, 240);
        size(tableText.getRPr(), layout.tableSize());
        CTStyle tableHeading = style(styles, TABLE_HEADING, "Khx Table Heading", TABLE_TEXT);
        tableHeading.getPPr().addNewJc().setVal(STJc.CENTER);
        tableHeading.getRPr().addNewB();

        CTStyle label = style(styles, APPENDIX_LABEL, "Khx AppendixText Label", BLOCK);
        label.getPPr().addNewKeepNext();
        bold(label.getRPr(), 14);
        CTStyle title = style(styles, APPENDIX_TITLE, "Khx AppendixText Title", BLOCK);
        title.getPPr().addNewKeepNext();
        bold(title.getRPr(), 14);
        CTStyle note = style(styles, APPENDIX_NOTE, "Khx AppendixText Note", BLOCK);
        note.getPPr().addNewKeepNext();
        spacing(note.getPPr(), 0, 240, 240);
        note.getRPr().addNewI();
        size(note.getRPr(), 14);

        CTStyle page = style(styles, PAGE_NUMBER, "Khx Page Number", BLOCK);
        size(page.getRPr(), 14);

        doc.createStyles().setStyles(styles);
    }

    private static CTStyle style(CTStyles styles, String id, String name, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        s.addNewPPr();
        s.addNewRPr();
        return s;
    }

    private static void fonts(CTFonts f) {
        f.setAscii(FONT);
        f.setHAnsi(FONT);
        f.setCs(FONT);
        f.setEastAsia(FONT);
    }

    private static void justified(CTPPrGeneral ppr, int firstLine) {
        ppr.addNewJc().setVal(STJc.BOTH);
        ppr.addNewInd().setFirstLine(BigInteger.valueOf(firstLine));
    }

    private static void spacing(CTPPrGeneral ppr, int before, int after, int line) {
        CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        s.setBefore(BigInteger.valueOf(before));
        s.setAfter(BigInteger.valueOf(after));
        s.setLine(BigInteger.valueOf(line));
        s.setLineRule(STLineSpacingRule.AUTO);
    }

    private static void bold(CTRPr rpr, int points) {
        rpr.addNewB();
        rpr.addNewBCs();
        size(rpr, points);
    }

    private static void size(CTRPr rpr, int points) {
        rpr.addNewSz().setVal(halfPoints(points));
        rpr.addNewSzCs().setVal(halfPoints(points));
    }

    private static BigInteger halfPoints(int points) {
        return BigInteger.valueOf(points * 2L);
    }
}
