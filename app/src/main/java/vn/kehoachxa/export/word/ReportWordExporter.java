package vn.kehoachxa.export.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.report.ReportTable;
import vn.kehoachxa.files.SafeFiles;

/**
 * Xuất báo cáo định kỳ ra Word: the commune's periodic report in the same official layout as its plan — header
 * block, "BÁO CÁO" and summary, "Kính gửi:", the outline I.–V., recipients and signature — with Biểu 1–3 each on
 * its own landscape section.
 */
public final class ReportWordExporter {

    /** Column widths (twips, landscape) of Biểu 1, 2 and 3. */
    private static final int[][] WIDTHS = {
        {700, 4600, 1300, 1900, 1900, 1700, 1700},
        {700, 4800, 2700, 2100, 3500},
        {700, 5600, 2400, 2400, 2700}};

    /**
     * Writes the report to {@code target} safely ({@link SafeFiles}): a failure leaves no half file.
     *
     * @throws vn.kehoachxa.files.FileWriteException when the file cannot be written, naming it
     */
    public void export(ReportDocument report, Path target) {
        SafeFiles.write(target, out -> write(report, out));
    }

    /** The .docx as bytes. */
    public byte[] toBytes(ReportDocument report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    void write(ReportDocument report, OutputStream out) throws IOException {
        Plan header = report.header();
        DocumentLayout layout = DocumentLayout.of(header.family());
        try (XWPFDocument docx = new XWPFDocument()) {
            WordStyles.define(docx, layout);
            PageSetup pages = PageSetup.create(docx);
            docx.removeBodyElement(0);
            BlockWriter.header(docx, layout, header);
            title(docx, layout, header);
            cutoff(docx, report.cutoffLine());
            addressees(docx, report.addressees());
            body(docx, report);
            footer(docx, layout, report);
            String attached = AppendixText.attachedTo(header, layout);
            for (int i = 0; i < report.tables().size(); i++) {
                XWPFParagraph end = docx.createParagraph();
                end.setStyle(WordStyles.BLOCK);
                end.setSpacingAfter(0);
                pages.endSectionAt(end, i > 0, i > 0);
                table(docx, report.tables().get(i), attached, report.cutoffLine(),
                        tableWidths(i));
            }
            pages.lastSection(docx, !report.tables().isEmpty(), !report.tables().isEmpty());
            docx.write(out);
        }
    }

    private static void title(XWPFDocument doc, DocumentLayout layout, Plan header) {
        Docx.paragraph(doc.createParagraph(), WordStyles.TYPE_NAME, header.type().title());
        int longest = 0;
        for (String line : LayoutTexts.lines(header.summary())) {
            Docx.paragraph(doc.createParagraph(), WordStyles.SUMMARY, line);
            longest = Math.max(longest, TextWidth.twips(line, layout.summarySize(), true));
        }
        int width = PageSetup.PORTRAIT_TEXT_WIDTH;
        XWPFParagraph rule = doc.createParagraph();
        rule.setStyle(WordStyles.BLOCK);
        Docx.rule(rule, width, BlockWriter.summaryRuleLength(longest));
        rule.setSpacingAfter(240);
    }

    /**
     * "(Số liệu tính từ ngày 15/12/2025 đến ngày 14/3/2026)" centred in italics under the title's rule, so a reader
     * upward knows which days the figures cover (Decree 09/2019, Art. 12).
     */
    private static void cutoff(XWPFDocument doc, String line) {
        if (LayoutTexts.blank(line)) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(WordStyles.BLOCK);
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(240);
        Docx.run(p, "(" + line.strip() + ")", 14, false, true);
    }

    /** "Kính gửi: Sở Y tế tỉnh Sơn La." on one centred line, or a list of "- …;" lines under it. */
    private static void addressees(XWPFDocument doc, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(WordStyles.BLOCK);
        p.setSpacingAfter(names.size() == 1 ? 240 : 0);
        if (names.size() == 1) {
            Docx.run(p, "Kính gửi: " + BodyWriter.stripEnd(names.getFirst()) + ".", 14, false, false);
            return;
        }
        Docx.run(p, "Kính gửi:", 14, false, false);
        for (int i = 0; i < names.size(); i++) {
            XWPFParagraph line = doc.createParagraph();
            line.setStyle(WordStyles.BLOCK);
            // The list hangs under "Kính gửi:" as the decree's sample shows it, not centred line by line.
            line.setAlignment(ParagraphAlignment.LEFT);
            line.setIndentationLeft(Docx.mm(55));
            line.setSpacingAfter(i == names.size() - 1 ? 240 : 0);
            Docx.run(line, "- " + BodyWriter.stripEnd(names.get(i)) + (i == names.size() - 1 ? "." : ";"), 14,
                    false, false);
        }
    }

    private static void body(XWPFDocument doc, ReportDocument report) {
        for (ReportPart part : ReportPart.values()) {
            if (part.opensChapter()) {
                Docx.paragraph(doc.createParagraph(), WordStyles.heading(1), part.chapterHeading());
            }
            if (part.itemHeading() != null) {
                Docx.paragraph(doc.createParagraph(), WordStyles.heading(2), part.itemHeading());
            }
            for (String line : LayoutTexts.lines(report.report().text(part))) {
                Docx.paragraph(doc.createParagraph(), WordStyles.BODY, line);
            }
        }
    }

    private static void footer(XWPFDocument doc, DocumentLayout layout, ReportDocument report) {
        XWPFTable table = BlockWriter.twoColumns(doc, BlockWriter.FOOTER_COLUMNS, 0);
        XWPFTableCell left = table.getRow(0).getCell(0);
        XWPFParagraph head = Docx.firstParagraph(left);
        head.setStyle(WordStyles.RECIPIENTS);
        head.setSpacingBefore(240);
        Docx.run(head, "Nơi nhận:", 12, true, true);
        for (String line : recipientLines(report, layout)) {
            Docx.paragraph(left.addParagraph(), WordStyles.RECIPIENTS, line);
        }
        BlockWriter.lines(table.getRow(0).getCell(1), layout.signatureBlock(report.header().signer()),
                BlockWriter.FOOTER_COLUMNS[1]);
    }

    /** "- Sở Y tế;" … "- Lưu: VT, VHXH.": the report's recipient lines, the archive line added when missing. */
    public static List<String> recipientLines(ReportDocument report, DocumentLayout layout) {
        List<String> names = new ArrayList<>();
        report.recipients().forEach(r -> names.add(BodyWriter.stripEnd(r.name())
                + (LayoutTexts.blank(r.note()) ? "" : " " + BodyWriter.stripEnd(r.note()))));
        if (names.stream().noneMatch(n -> n.startsWith("Lưu"))) {
            names.add(layout.archiveLine());
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            out.add("- " + names.get(i) + (i == names.size() - 1 ? "." : ";"));
        }
        return out;
    }

    /** Column widths (twips, landscape) of the {@code index}-th Biểu. */
    public static int[] tableWidths(int index) {
        return WIDTHS[Math.min(index, WIDTHS.length - 1)];
    }

    private static void table(XWPFDocument doc, ReportTable t, String attached, String cutoff, int[] widths) {
        Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_LABEL, t.label());
        Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_TITLE, t.title());
        Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_NOTE, attached);
        if (!LayoutTexts.blank(cutoff)) {
            Docx.paragraph(doc.createParagraph(), WordStyles.APPENDIX_NOTE, "(" + cutoff.strip() + ")");
        }
        int columns = t.columns().size();
        XWPFTable table = doc.createTable(1, columns);
        Docx.singleBorders(table);
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            Docx.paragraph(Docx.firstParagraph(header.getCell(c)), WordStyles.TABLE_HEADING, t.columns().get(c));
        }
        for (ReportTable.Row row : t.rows()) {
            XWPFTableRow r = table.createRow();
            r.setCantSplitRow(true);
            if (row.group() != null) {
                while (r.getTableCells().size() > 1) {
                    r.removeCell(r.getTableCells().size() - 1);
                }
                XWPFTableCell cell = r.getCell(0);
                var tcPr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                tcPr.addNewGridSpan().setVal(BigInteger.valueOf(columns));
                XWPFParagraph p = Docx.paragraph(Docx.firstParagraph(cell), WordStyles.TABLE_TEXT, row.group());
                p.getRuns().forEach(run -> run.setBold(true));
                continue;
            }
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = r.getCell(c);
                List<String> lines = LayoutTexts.lines(row.cells().get(c));
                XWPFParagraph p = Docx.paragraph(Docx.firstParagraph(cell), WordStyles.TABLE_TEXT,
                        lines.isEmpty() ? "" : lines.getFirst());
                centre(p, c, columns, t);
                for (int i = 1; i < lines.size(); i++) {
                    centre(Docx.paragraph(cell.addParagraph(), WordStyles.TABLE_TEXT, lines.get(i)), c, columns, t);
                }
            }
        }
        Docx.fixWidths(table, widths, 0);
    }

    /** Numbers, units, figures, dates and statuses are centred; names and result texts read as running text. */
    private static void centre(XWPFParagraph p, int column, int columns, ReportTable t) {
        if (centred(t, column)) {
            p.setAlignment(ParagraphAlignment.CENTER);
        }
    }

    /** Whether {@code column} of {@code t} is centred (numbers, units, figures, dates, statuses). */
    public static boolean centred(ReportTable t, int column) {
        int columns = t.columns().size();
        return !(column == 1 || ("Biểu 2".equals(t.label()) && (column == 2 || column == columns - 1)));
    }
}
