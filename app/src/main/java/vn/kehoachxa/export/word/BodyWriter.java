package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TextBlock;
import vn.kehoachxa.domain.plan.TypeNames;

/**
 * Writes the plan's running text, the same for both families: type name and summary, opening paragraphs, the
 * numbered section tree, the closing sentence.
 */
public final class BodyWriter {

    /** Body paragraphs printed on the page of the signature block. */
    public static final int KEPT_WITH_FOOTER = 2;

    private final XWPFDocument doc;
    private final DocumentLayout layout;

    BodyWriter(XWPFDocument doc, DocumentLayout layout) {
        this.doc = doc;
        this.layout = layout;
    }

    void write(PlanDocument plan) {
        int first = doc.getParagraphs().size();
        title(plan.plan());
        opening(plan);
        for (BodyParagraphs.Paragraph p : BodyParagraphs.of(plan.sections())) {
            paragraph(p);
        }
        if (!LayoutTexts.blank(plan.plan().closingText())) {
            for (String line : LayoutTexts.lines(plan.plan().closingText())) {
                Docx.paragraph(doc.createParagraph(), WordStyles.BODY, line);
            }
        }
        keepWithFooter(doc.getParagraphs().subList(first, doc.getParagraphs().size()));
    }

    /**
     * The last two paragraphs stay whole and with the recipients-and-signature block that follows, so the block
     * never starts a page alone: where it does not fit below them, they move over with it.
     */
    private static void keepWithFooter(List<XWPFParagraph> body) {
        for (XWPFParagraph p : body.subList(Math.max(0, body.size() - KEPT_WITH_FOOTER), body.size())) {
            var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
            if (!ppr.isSetKeepNext()) {
                ppr.addNewKeepNext();
            }
            if (!ppr.isSetKeepLines()) {
                ppr.addNewKeepLines();
            }
        }
    }

    private void title(Plan plan) {
        Docx.paragraph(doc.createParagraph(), WordStyles.TYPE_NAME, TypeNames.printed(plan));
        List<String> summary = LayoutTexts.lines(plan.summary());
        if (summary.isEmpty()) {
            summary = List.of("");
        }
        int width = PageSetup.PORTRAIT_TEXT_WIDTH;
        int longest = 0;
        for (String line : summary) {
            Docx.paragraph(doc.createParagraph(), WordStyles.SUMMARY, line);
            longest = Math.max(longest, TextWidth.twips(line, layout.summarySize(), true));
        }
        // The rule sits under the last summary line: a third of the line, never wider than the text.
        XWPFParagraph rule = doc.createParagraph();
        rule.setStyle(WordStyles.BLOCK);
        Docx.rule(rule, width, BlockWriter.summaryRuleLength(longest));
        rule.setSpacingAfter(240);
    }

    private void opening(PlanDocument plan) {
        List<String> lines = LayoutTexts.lines(plan.plan().openingText());
        if (lines.isEmpty()) {
            lines = new ArrayList<>();
            for (String basis : plan.basisDocuments()) {
                lines.add("Căn cứ " + stripEnd(basis) + ";");
            }
        }
        for (String line : lines) {
            Docx.paragraph(doc.createParagraph(), WordStyles.BODY, line);
        }
    }

    private void paragraph(BodyParagraphs.Paragraph p) {
        switch (p.kind()) {
            case LABELLED -> {
                XWPFParagraph para = doc.createParagraph();
                para.setStyle(WordStyles.BODY);
                XWPFRun label = para.createRun();
                label.setText(p.label() + " ");
                label.setBold(p.boldLabel());
                para.createRun().setText(Docx.nfc(p.text()));
            }
            case HEADING -> Docx.paragraph(doc.createParagraph(), WordStyles.heading(p.depth()), p.text());
            case BODY -> Docx.paragraph(doc.createParagraph(), WordStyles.BODY, p.text());
        }
    }

    /** The printed text of a block: the bullet mark is added here, never stored. */
    public static String blockText(TextBlock block) {
        String text = block.text().strip();
        return switch (block.kind()) {
            case PARAGRAPH -> text;
            case BULLET -> "- " + text;
            case SUB_BULLET -> "+ " + text;
            case NOTE -> "* " + text;
        };
    }

    /** Footer: recipients on the left, signature on the right. */
    void footer(PlanDocument plan) {
        var table = BlockWriter.twoColumns(doc, BlockWriter.FOOTER_COLUMNS, 0);
        var left = table.getRow(0).getCell(0);
        XWPFParagraph head = Docx.firstParagraph(left);
        head.setStyle(WordStyles.RECIPIENTS);
        head.setSpacingBefore(240);
        Docx.run(head, "Nơi nhận:", 12, true, true);
        RecipientBlock.write(left, RecipientBlock.runs(plan, layout), BlockWriter.FOOTER_COLUMNS[0]);
        var right = table.getRow(0).getCell(1);
        BlockWriter.lines(right, layout.signatureBlock(plan.plan().signer()), BlockWriter.FOOTER_COLUMNS[1]);
    }

    /** Drops the list punctuation a transcription may carry ("Lưu: VT.", "Sở Y tế,"). */
    public static String stripEnd(String s) {
        String out = s.strip();
        while (!out.isEmpty() && ";,.".indexOf(out.charAt(out.length() - 1)) >= 0) {
            out = out.substring(0, out.length() - 1).strip();
        }
        return out;
    }
}
