package vn.kehoachxa.export.word;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.VersionDiff;
import vn.kehoachxa.domain.plan.VersionDiff.Difference;
import vn.kehoachxa.domain.plan.VersionReport;
import vn.kehoachxa.files.SafeFiles;

/**
 * So sánh phiên bản as a Word document: a title naming both versions and one table row per difference (part, where,
 * what changed, before, after) on A4 landscape pages, Times New Roman, so it can be attached to the revision's
 * submission.
 */
public final class VersionDiffWordExporter {
    private static final int[] WIDTHS = {Docx.mm(12), Docx.mm(25), Docx.mm(70), Docx.mm(30), Docx.mm(55),
        Docx.mm(55)};
    private static final String FONT = "Times New Roman";

    /** Writes {@code diff} to {@code target} through {@link SafeFiles}. */
    public void export(VersionDiff diff, Path target) {
        SafeFiles.write(target, out -> write(diff, out));
    }

    void write(VersionDiff diff, OutputStream out) throws IOException {
        try (XWPFDocument docx = new XWPFDocument()) {
            landscape(docx);
            line(docx.createParagraph(), Texts.get("diff.title"), 14, true, false);
            line(docx.createParagraph(), Texts.get("diff.between", VersionReport.describe(diff.from()),
                    VersionReport.describe(diff.to())), 13, false, true);
            line(docx.createParagraph(), diff.isEmpty() ? Texts.get("diff.none")
                    : Texts.get("diff.count", String.valueOf(diff.differences().size())), 13, false, false);
            if (!diff.isEmpty()) {
                table(docx, diff.differences());
            }
            docx.write(out);
        }
    }

    private static void table(XWPFDocument docx, List<Difference> differences) {
        XWPFTable table = docx.createTable(differences.size() + 1, WIDTHS.length);
        Docx.singleBorders(table);
        String[] heads = {"diff.column.number", "diff.column.area", "diff.column.where", "diff.column.change",
            "diff.column.before", "diff.column.after"};
        XWPFTableRow head = table.getRow(0);
        head.setRepeatHeader(true);
        for (int c = 0; c < heads.length; c++) {
            cell(head, c, Texts.get(heads[c]), true);
        }
        for (int i = 0; i < differences.size(); i++) {
            Difference d = differences.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            String[] values = {String.valueOf(i + 1), VersionReport.area(d), d.where(), VersionReport.change(d),
                d.kind() == VersionDiff.Kind.CHANGED ? VersionReport.value(d.before()) : "",
                d.kind() == VersionDiff.Kind.CHANGED ? VersionReport.value(d.after()) : ""};
            for (int c = 0; c < values.length; c++) {
                cell(row, c, values[c], false);
            }
        }
        Docx.fixWidths(table, WIDTHS, 0);
    }

    private static void cell(XWPFTableRow row, int column, String text, boolean bold) {
        XWPFParagraph p = Docx.firstParagraph(row.getCell(column));
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var r = Docx.run(p, lines[i], 12, bold, false);
            r.setFontFamily(FONT);
            if (i < lines.length - 1) {
                r.addBreak();
            }
        }
    }

    private static void line(XWPFParagraph p, String text, int points, boolean bold, boolean italic) {
        p.setAlignment(ParagraphAlignment.CENTER);
        Docx.run(p, text, points, bold, italic).setFontFamily(FONT);
    }

    private static void landscape(XWPFDocument docx) {
        CTSectPr sect = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        var size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(java.math.BigInteger.valueOf(PageSetup.A4_LONG));
        size.setH(java.math.BigInteger.valueOf(PageSetup.A4_SHORT));
        size.setOrient(STPageOrientation.LANDSCAPE);
        var margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(java.math.BigInteger.valueOf(PageSetup.TOP));
        margins.setBottom(java.math.BigInteger.valueOf(PageSetup.BOTTOM));
        margins.setLeft(java.math.BigInteger.valueOf(Docx.mm(20)));
        margins.setRight(java.math.BigInteger.valueOf(Docx.mm(15)));
    }
}
