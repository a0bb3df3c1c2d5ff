package vn.kehoachxa.export.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.export.word.AppendixText;
import vn.kehoachxa.export.word.BlockWriter;
import vn.kehoachxa.export.word.BodyWriter;
import vn.kehoachxa.export.word.DocumentLayout;
import vn.kehoachxa.export.word.LayoutTexts;
import vn.kehoachxa.export.word.ReportWordExporter;

/**
 * The periodic report as FO, as ReportWordExporter lays it out: header block, "BÁO CÁO" and summary, the cut-off
 * line, "Kính gửi:", the outline I.–V., recipients and signature (portrait), then Biểu 1–3 each on landscape pages.
 */
final class ReportFo {

    private ReportFo() {
    }

    static String document(ReportDocument report) {
        Plan header = report.header();
        DocumentLayout layout = DocumentLayout.of(header.family());
        Fo fo = new Fo();
        FoPages.begin(fo);
        FoPages.beginPart(fo, FoPages.PORTRAIT, null);
        FoBlocks.header(fo, layout, header);
        FoBlocks.title(fo, layout, header.type().title(), LayoutTexts.lines(header.summary()));
        if (!LayoutTexts.blank(report.cutoffLine())) {
            fo.block("(" + report.cutoffLine().strip() + ")", "text-align", "center", "font-style", "italic",
                    "space-after", "12pt");
        }
        addressees(fo, report.addressees());
        for (ReportPart part : ReportPart.values()) {
            if (part.opensChapter()) {
                fo.block(part.chapterHeading(), FoBlocks.heading(layout.bodySize(), 1));
            }
            if (part.itemHeading() != null) {
                fo.block(part.itemHeading(), FoBlocks.heading(layout.bodySize(), 2));
            }
            for (String line : LayoutTexts.lines(report.report().text(part))) {
                fo.block(line, FoBlocks.body(layout.bodySize(), false));
            }
        }
        footer(fo, layout, report);
        FoPages.endPart(fo);
        String attached = AppendixText.attachedTo(header, layout);
        for (int i = 0; i < report.tables().size(); i++) {
            FoPages.beginPart(fo, FoPages.LANDSCAPE, null);
            table(fo, report.tables().get(i), attached, report.cutoffLine(), ReportWordExporter.tableWidths(i),
                    layout.tableSize());
            FoPages.endPart(fo);
        }
        FoPages.end(fo);
        return fo.toString();
    }

    /** "Kính gửi: Sở Y tế tỉnh Sơn La." centred, or "Kính gửi:" with a list hanging 55 mm in. */
    private static void addressees(Fo fo, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        if (names.size() == 1) {
            fo.block("Kính gửi: " + BodyWriter.stripEnd(names.getFirst()) + ".", "text-align", "center",
                    "space-after", "12pt");
            return;
        }
        fo.block("Kính gửi:", "text-align", "center");
        for (int i = 0; i < names.size(); i++) {
            boolean last = i == names.size() - 1;
            fo.block("- " + BodyWriter.stripEnd(names.get(i)) + (last ? "." : ";"), "text-align", "start",
                    "start-indent", "55mm", "space-after", last ? "12pt" : null);
        }
    }

    private static void footer(Fo fo, DocumentLayout layout, ReportDocument report) {
        FoBlocks.twoColumns(fo, BlockWriter.FOOTER_COLUMNS, 0);
        FoBlocks.cell(fo);
        FoBlocks.recipientsHead(fo);
        for (String line : ReportWordExporter.recipientLines(report, layout)) {
            fo.block(line, FoBlocks.recipient());
        }
        fo.close("table-cell");
        FoBlocks.cell(fo);
        FoBlocks.signature(fo, layout, report.header().signer());
        fo.close("table-cell");
        FoBlocks.endTwoColumns(fo);
    }

    private static void table(Fo fo, ReportTable t, String attached, String cutoff, int[] widths, int size) {
        List<String> notes = new ArrayList<>();
        notes.add(attached);
        if (!LayoutTexts.blank(cutoff)) {
            notes.add("(" + cutoff.strip() + ")");
        }
        FoTables.caption(fo, t.label(), t.title(), notes);
        int columns = t.columns().size();
        FoTables.begin(fo, widths, t.columns(), size);
        for (ReportTable.Row row : t.rows()) {
            if (row.group() != null) {
                FoTables.group(fo, row.group(), columns, size);
                continue;
            }
            FoTables.beginRow(fo, true);
            for (int c = 0; c < columns; c++) {
                FoTables.cell(fo, null, LayoutTexts.lines(row.cells().get(c)), ReportWordExporter.centred(t, c),
                        false, size);
            }
            FoTables.endRow(fo);
        }
        FoTables.end(fo);
    }
}
