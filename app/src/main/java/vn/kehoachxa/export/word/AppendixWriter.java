package vn.kehoachxa.export.word;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;


/**
 * Writes one appendix: label, title, "(Kèm theo …)" line and its table — a header row repeated on every page,
 * group rows merged across the width in bold and kept with the row after them, long rows that may run on over a
 * page break, fixed column widths.
 */
final class AppendixWriter {

    private AppendixWriter() {
    }

    static void write(XWPFDocument doc, AppendixText appendix) {
        Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_LABEL, appendix.label());
        for (String line : LayoutTexts.lines(appendix.title())) {
            Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_TITLE, line);
        }
        Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_NOTE, appendix.attachedTo());

        int columns = appendix.columns().size();
        XWPFTable table = doc.createTable(1, columns);
        Docx.singleBorders(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            Docx.paragraph(Docx.firstParagraph(header.getCell(c)), WordStyles.TABLE_HEADING,
                    appendix.columns().get(c));
        }
        for (AppendixText.Row row : appendix.rows()) {
            XWPFTableRow r = table.createRow();
            switch (row) {
                case AppendixText.Group g -> {
                    // A group heading never ends a page: whole, and kept with the row after it.
                    r.setCantSplitRow(true);
                    groupRow(r, g.text(), columns);
                }
                // A long row may run on over the page break rather than leave half a page empty above it.
                case AppendixText.Data d -> dataRow(r, d.cells(), appendix);
            }
        }
        Docx.fixWidths(table, appendix.widths(), 0);
    }

    private static void groupRow(XWPFTableRow r, String text, int columns) {
        while (r.getTableCells().size() > 1) {
            r.removeCell(r.getTableCells().size() - 1);
        }
        XWPFTableCell cell = r.getCell(0);
        var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
        XWPFParagraph p = Docx.paragraph(Docx.firstParagraph(cell), WordStyles.TABLE_TEXT, text);
        p.getRuns().forEach(run -> run.setBold(true));
        p.setAlignment(ParagraphAlignment.LEFT);
        p.getCTP().getPPr().addNewKeepNext();
    }

    private static void dataRow(XWPFTableRow r, List<String> cells, AppendixText appendix) {
        for (int c = 0; c < cells.size(); c++) {
            XWPFParagraph p = Docx.paragraph(Docx.firstParagraph(r.getCell(c)), WordStyles.TABLE_TEXT, cells.get(c));
            if (appendix.centred(c)) {
                p.setAlignment(ParagraphAlignment.CENTER);
            }
        }
    }
}
