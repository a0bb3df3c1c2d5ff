package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.kehoachxa.domain.plan.PlanDocument;

/**
 * Nơi nhận: the recipient lines as printed, and how they are written into the footer's left cell. Consecutive
 * recipients that share a note ("(để báo cáo)" for the superior bodies) print the note once, beside a bracket
 * spanning their lines, as officials write it by hand; a note of one recipient follows its name on the line.
 */
public final class RecipientBlock {

    /** One run of lines: a single recipient (its note on the line), or several sharing {@code note}. */
    public record Run(List<String> lines, String note) {
    }

    private static final int CELL_MARGINS = 2 * 108;

    private RecipientBlock() {
    }

    /**
     * The runs of the plan's recipients, each line "- name" ending with the layout's separator and the last with
     * "."; the layout's archive line is added when the plan has none.
     */
    public static List<Run> runs(PlanDocument plan, DocumentLayout layout) {
        List<String> names = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        plan.recipients().forEach(r -> {
            names.add(BodyWriter.stripEnd(r.name()));
            notes.add(LayoutTexts.blank(r.note()) ? null : BodyWriter.stripEnd(r.note()));
        });
        if (names.stream().noneMatch(n -> n.startsWith("Lưu"))) {
            names.add(layout.archiveLine());
            notes.add(null);
        }
        List<Run> out = new ArrayList<>();
        int i = 0;
        while (i < names.size()) {
            int end = i + 1;
            while (notes.get(i) != null && end < names.size() && Objects.equals(notes.get(end), notes.get(i))) {
                end++;
            }
            List<String> lines = new ArrayList<>();
            for (int k = i; k < end; k++) {
                boolean last = k == names.size() - 1;
                String own = end - i == 1 && notes.get(k) != null ? " " + notes.get(k) : "";
                lines.add("- " + names.get(k) + own + (last ? "." : String.valueOf(layout.recipientSeparator())));
            }
            out.add(new Run(lines, end - i > 1 ? notes.get(i) : null));
            i = end;
        }
        return out;
    }

    /** Every line as printed, a shared note after its run's last line (for tests and plain-text previews). */
    static List<String> lines(PlanDocument plan, DocumentLayout layout) {
        List<String> out = new ArrayList<>();
        for (Run run : runs(plan, layout)) {
            out.addAll(run.lines());
        }
        return out;
    }

    /** Writes the runs into {@code cell}, after its "Nơi nhận:" paragraph, in a column of {@code cellTwips}. */
    static void write(XWPFTableCell cell, List<Run> runs, int cellTwips) {
        boolean endsWithTable = false;
        for (Run run : runs) {
            if (run.note() == null) {
                Docx.paragraph(cell.addParagraph(), WordStyles.RECIPIENTS, run.lines().getFirst());
                endsWithTable = false;
            } else {
                group(cell, run, cellTwips - CELL_MARGINS);
                endsWithTable = true;
            }
        }
        if (endsWithTable) {
            // A cell must end with a paragraph.
            cell.addParagraph().setStyle(WordStyles.RECIPIENTS);
        }
    }

    /** A borderless two-column table at the end of {@code cell}: the lines, a bracket (right border), the note. */
    private static void group(XWPFTableCell cell, Run run, int width) {
        // Paragraphs and tables of a cell share one ordered content: a table added now follows the lines above.
        XWPFTable table = new XWPFTable(cell.getCTTc().addNewTbl(), cell, 1, 2);
        XWPFTableRow row = table.getRow(0);
        XWPFTableCell names = row.getCell(0);
        XWPFTableCell note = row.getCell(1);
        Docx.noBorders(table);
        int noteWidth = Math.min(width / 2, TextWidth.twips(run.note(), 11, false) + CELL_MARGINS + 120);
        Docx.fixWidths(table, new int[] {width - noteWidth, noteWidth}, 0);
        zeroSideMargins(table);
        for (int i = 0; i < run.lines().size(); i++) {
            XWPFParagraph p = i == 0 ? Docx.firstParagraph(names) : names.addParagraph();
            Docx.paragraph(p, WordStyles.RECIPIENTS, run.lines().get(i));
        }
        var tcPr = names.getCTTc().isSetTcPr() ? names.getCTTc().getTcPr() : names.getCTTc().addNewTcPr();
        var right = (tcPr.isSetTcBorders() ? tcPr.getTcBorders() : tcPr.addNewTcBorders()).addNewRight();
        right.setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder.SINGLE);
        right.setSz(java.math.BigInteger.valueOf(6));
        right.setColor("000000");
        note.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
        Docx.paragraph(Docx.firstParagraph(note), WordStyles.RECIPIENTS, run.note());
    }

    /** The nested table's text lines up with the lines above it: no left cell margin. */
    private static void zeroSideMargins(XWPFTable table) {
        table.setCellMargins(0, 0, 0, 60);
    }
}
