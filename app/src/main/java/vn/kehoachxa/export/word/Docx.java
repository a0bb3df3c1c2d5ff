package vn.kehoachxa.export.word;

import java.math.BigInteger;
import java.text.Normalizer;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPBdr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** Small POI helpers shared by the writers: runs, rules, fixed-width tables. Sizes are in points or twips. */
final class Docx {

    /** Twips per millimetre (1440 per inch). */
    static final double TWIPS_PER_MM = 1440 / 25.4;

    private Docx() {
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    /** A paragraph in {@code style} holding one run; formatting beyond the style only where a line differs. */
    static XWPFParagraph paragraph(XWPFParagraph p, String style, String text) {
        p.setStyle(style);
        if (text != null && !text.isEmpty()) {
            p.createRun().setText(nfc(text));
        }
        return p;
    }

    /** A run with explicit size and emphasis (header and signature lines whose look is fixed by the rules). */
    static XWPFRun run(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        XWPFRun r = p.createRun();
        r.setText(nfc(text));
        r.setFontSize(points);
        r.setBold(bold);
        r.setItalic(italic);
        return r;
    }

    /**
     * Turns the empty paragraph {@code p} into a centred rule of {@code ruleTwips} inside a column of
     * {@code columnTwips}: a top border on a 5 pt high paragraph, so the text line above keeps its full width.
     */
    static void rule(XWPFParagraph p, int columnTwips, int ruleTwips) {
        int side = Math.max(0, (columnTwips - ruleTwips) / 2);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        p.setSpacingBetween(5, LineSpacingRule.EXACT);
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        var ind = ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
        ind.setLeft(BigInteger.valueOf(side));
        ind.setRight(BigInteger.valueOf(side));
        ind.setFirstLine(BigInteger.ZERO);
        CTPBdr bdr = ppr.isSetPBdr() ? ppr.getPBdr() : ppr.addNewPBdr();
        CTBorder top = bdr.addNewTop();
        top.setVal(STBorder.SINGLE);
        top.setSz(BigInteger.valueOf(6));
        top.setSpace(BigInteger.ZERO);
        top.setColor("000000");
    }

    /** Fixed layout, fixed column widths in twips, optional indent so a wide block can reach into the margin. */
    static void fixWidths(XWPFTable table, int[] widths, int indentTwips) {
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        int total = 0;
        for (int w : widths) {
            total += w;
        }
        CTTblWidth tw = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        tw.setType(STTblWidth.DXA);
        tw.setW(BigInteger.valueOf(total));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        if (indentTwips != 0) {
            CTTblWidth ind = pr.isSetTblInd() ? pr.getTblInd() : pr.addNewTblInd();
            ind.setType(STTblWidth.DXA);
            ind.setW(BigInteger.valueOf(indentTwips));
        }
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null
                ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int w : widths) {
            grid.addNewGridCol().setW(BigInteger.valueOf(w));
        }
        for (XWPFTableRow row : table.getRows()) {
            int col = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                int span = cell.getCTTc().isSetTcPr() && cell.getCTTc().getTcPr().isSetGridSpan()
                        ? cell.getCTTc().getTcPr().getGridSpan().getVal().intValue() : 1;
                int w = 0;
                for (int i = 0; i < span && col < widths.length; i++) {
                    w += widths[col++];
                }
                cellWidth(cell, w);
            }
        }
    }

    static void cellWidth(XWPFTableCell cell, int twips) {
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTTblWidth w = tcPr.isSetTcW() ? tcPr.getTcW() : tcPr.addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(twips));
    }

    /** A borderless layout table (header and footer blocks). */
    static void noBorders(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setBottomBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setLeftBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setRightBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.NIL, 0, 0, "auto");
    }

    /** Thin black grid lines (appendix tables). */
    static void singleBorders(XWPFTable table) {
        table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    }

    /** Word and LibreOffice render composed and decomposed marks alike, but search and sorting do not. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /** The first (empty) paragraph of a fresh cell, ready for text. */
    static XWPFParagraph firstParagraph(XWPFTableCell cell) {
        return cell.getParagraphs().get(0);
    }
}
