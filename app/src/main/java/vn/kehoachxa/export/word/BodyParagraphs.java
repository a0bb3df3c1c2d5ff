package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;
import vn.kehoachxa.domain.plan.Section;
import vn.kehoachxa.domain.plan.SectionNumbering;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.domain.plan.TextBlock;

/**
 * The numbered section tree as the paragraphs it prints, in order: the one walk both renderers of a plan follow (the
 * Word writer, {@link BodyWriter}, and the PDF's FO writer), so a rule about headings and labels lives once.
 */
public final class BodyParagraphs {
    /** How a paragraph prints. */
    public enum Kind {
        /** A heading line at {@code depth} (depth 1 in capitals). */
        HEADING,
        /** A numbered item without a title: its label ({@code label}, bold at depth ≤ 2) leads its first paragraph. */
        LABELLED,
        /** A body paragraph (bullet marks included in the text). */
        BODY
    }

    /** One printed paragraph; {@code label} only for {@link Kind#LABELLED}. */
    public record Paragraph(Kind kind, int depth, String label, boolean boldLabel, String text) {
    }

    private BodyParagraphs() {
    }

    /** Every paragraph of {@code sections}, numbered as printed. */
    public static List<Paragraph> of(List<Section> sections) {
        List<Paragraph> out = new ArrayList<>();
        for (Numbered n : SectionNumbering.number(sections)) {
            section(n, out);
        }
        return out;
    }

    private static void section(Numbered n, List<Paragraph> out) {
        List<TextBlock> blocks = n.section().blocks();
        int firstBlock = 0;
        String heading = n.section().heading();
        if (LayoutTexts.blank(heading) && !blocks.isEmpty() && !n.label().isEmpty()) {
            // A numbered item without a title ("1. Các tổ chức Đảng…"): the label leads its first paragraph.
            out.add(new Paragraph(Kind.LABELLED, n.depth(), n.label(), n.depth() <= 2,
                    BodyWriter.blockText(blocks.get(0))));
            firstBlock = 1;
        } else if (!LayoutTexts.blank(heading) || !n.label().isEmpty()) {
            String text = n.depth() == 1 ? n.headingLine().toUpperCase(LayoutTexts.VI) : n.headingLine();
            out.add(new Paragraph(Kind.HEADING, n.depth(), null, false, text));
        }
        for (int i = firstBlock; i < blocks.size(); i++) {
            out.add(new Paragraph(Kind.BODY, n.depth(), null, false, BodyWriter.blockText(blocks.get(i))));
        }
        n.children().forEach(c -> section(c, out));
    }
}
