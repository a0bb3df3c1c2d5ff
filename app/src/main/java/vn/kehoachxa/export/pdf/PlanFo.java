package vn.kehoachxa.export.pdf;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TypeNames;
import vn.kehoachxa.export.word.AppendixText;
import vn.kehoachxa.export.word.BlockWriter;
import vn.kehoachxa.export.word.BodyParagraphs;
import vn.kehoachxa.export.word.BodyWriter;
import vn.kehoachxa.export.word.DocumentLayout;
import vn.kehoachxa.export.word.LayoutTexts;
import vn.kehoachxa.export.word.RecipientBlock;

/**
 * The plan as FO, part by part as the Word writer lays it out: header block, title, opening, the numbered section
 * tree, the closing sentence, recipients and signature (portrait), then each appendix on its own landscape pages.
 */
final class PlanFo {

    private final PlanDocument doc;
    private final DocumentLayout layout;

    /** {@code doc} with its fields already resolved. */
    PlanFo(PlanDocument doc) {
        this.doc = doc;
        this.layout = DocumentLayout.of(doc.plan());
    }

    DocumentLayout layout() {
        return layout;
    }

    /** The appendices as the Word writer prints them. */
    List<AppendixText> appendices() {
        return AppendixText.of(doc, layout);
    }

    /** The plan with its appendices inline, or without them. */
    String document(boolean withAppendices) {
        Fo fo = new Fo();
        FoPages.begin(fo);
        FoPages.beginPart(fo, FoPages.PORTRAIT, null);
        FoBlocks.header(fo, layout, doc.plan());
        body(fo);
        footer(fo);
        FoPages.endPart(fo);
        if (withAppendices) {
            for (AppendixText a : appendices()) {
                FoPages.beginPart(fo, FoPages.LANDSCAPE, null);
                appendix(fo, a);
                FoPages.endPart(fo);
            }
        }
        FoPages.end(fo);
        return fo.toString();
    }

    /** One appendix in a file of its own, {@code signingNote} at the top right of its first page. */
    String separateAppendix(AppendixText appendix, String signingNote) {
        Fo fo = new Fo();
        FoPages.begin(fo);
        FoPages.beginPart(fo, FoPages.LANDSCAPE_SIGNED, signingNote);
        appendix(fo, appendix);
        FoPages.endPart(fo);
        FoPages.end(fo);
        return fo.toString();
    }

    private record Para(String label, boolean boldLabel, String text, String[] look) {
    }

    /** Title, then every paragraph; the last two are kept with the signature block (BodyWriter.keepWithFooter). */
    private void body(Fo fo) {
        List<String> summary = LayoutTexts.lines(doc.plan().summary());
        FoBlocks.title(fo, layout, TypeNames.printed(doc.plan()), summary.isEmpty() ? List.of("") : summary);
        List<Para> paras = new ArrayList<>();
        List<String> opening = LayoutTexts.lines(doc.plan().openingText());
        if (opening.isEmpty()) {
            doc.basisDocuments().forEach(b -> opening.add("Căn cứ " + BodyWriter.stripEnd(b) + ";"));
        }
        opening.forEach(line -> paras.add(new Para(null, false, line, null)));
        for (BodyParagraphs.Paragraph p : BodyParagraphs.of(doc.sections())) {
            paras.add(switch (p.kind()) {
                case LABELLED -> new Para(p.label(), p.boldLabel(), p.text(), null);
                case HEADING -> new Para(null, false, p.text(), FoBlocks.heading(layout.bodySize(), p.depth()));
                case BODY -> new Para(null, false, p.text(), null);
            });
        }
        LayoutTexts.lines(doc.plan().closingText()).forEach(line -> paras.add(new Para(null, false, line, null)));
        for (int i = 0; i < paras.size(); i++) {
            Para p = paras.get(i);
            boolean kept = i >= paras.size() - BodyWriter.KEPT_WITH_FOOTER;
            String[] look = p.look() != null ? p.look() : FoBlocks.body(layout.bodySize(), kept);
            fo.open("block", look);
            if (p.label() != null) {
                fo.open("inline", "font-weight", p.boldLabel() ? "bold" : null).text(p.label() + " ").close("inline");
            }
            fo.text(p.text()).close("block");
        }
    }

    /** Recipients on the left (shared notes beside a bracket), signature on the right. */
    private void footer(Fo fo) {
        int[] widths = BlockWriter.FOOTER_COLUMNS;
        FoBlocks.twoColumns(fo, widths, 0);
        FoBlocks.cell(fo);
        FoBlocks.recipientsHead(fo);
        for (RecipientBlock.Run run : RecipientBlock.runs(doc, layout)) {
            if (run.note() == null) {
                fo.block(run.lines().getFirst(), FoBlocks.recipient());
            } else {
                sharedNote(fo, run, widths[0] - BlockWriter.CELL_MARGINS);
            }
        }
        fo.close("table-cell");
        FoBlocks.cell(fo);
        FoBlocks.signature(fo, layout, doc.plan().signer());
        fo.close("table-cell");
        FoBlocks.endTwoColumns(fo);
    }

    /** Several recipients sharing one note: their lines, a bracket (a right border), the note beside it. */
    private static void sharedNote(Fo fo, RecipientBlock.Run run, int width) {
        int noteWidth = Math.min(width / 2, vn.kehoachxa.export.word.TextWidth.twips(run.note(), 11, false)
                + BlockWriter.CELL_MARGINS + 120);
        fo.open("table", "table-layout", "fixed", "width", Fo.pt(width));
        fo.empty("table-column", "column-width", Fo.pt(width - noteWidth));
        fo.empty("table-column", "column-width", Fo.pt(noteWidth));
        fo.open("table-body").open("table-row");
        fo.open("table-cell", "border-end-style", "solid", "border-end-width", "0.75pt", "padding-end", "3pt");
        run.lines().forEach(line -> fo.block(line, FoBlocks.recipient()));
        fo.close("table-cell");
        fo.open("table-cell", "display-align", "center", "padding-start", "3pt");
        fo.block(run.note(), FoBlocks.recipient());
        fo.close("table-cell");
        fo.close("table-row").close("table-body").close("table");
    }

    private void appendix(Fo fo, AppendixText a) {
        FoTables.caption(fo, a.label(), a.title(), List.of(a.attachedTo()));
        int size = layout.tableSize();
        FoTables.begin(fo, a.widths(), a.columns(), size);
        for (AppendixText.Row row : a.rows()) {
            switch (row) {
                case AppendixText.Group g -> FoTables.group(fo, g.text(), a.columns().size(), size);
                case AppendixText.Data d -> {
                    // A long row may run on over the page break, as in the Word file.
                    FoTables.beginRow(fo, false);
                    for (int c = 0; c < d.cells().size(); c++) {
                        FoTables.cell(fo, null, List.of(d.cells().get(c)), a.centred(c), false, size);
                    }
                    FoTables.endRow(fo);
                }
            }
        }
        FoTables.end(fo);
    }
}
