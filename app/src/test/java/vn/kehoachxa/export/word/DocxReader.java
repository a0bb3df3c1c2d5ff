package vn.kehoachxa.export.word;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** Reads an exported .docx back with POI, in the shapes the tests compare. */
final class DocxReader {

    private DocxReader() {
    }

    static XWPFDocument open(byte[] bytes) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Non-empty paragraph texts of the body, in order, tables left out. */
    static List<String> bodyParagraphs(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    /** Non-empty paragraph texts of one cell. */
    static List<String> cellLines(XWPFTableCell cell) {
        return cell.getParagraphs().stream().map(XWPFParagraph::getText).filter(t -> !t.isEmpty()).toList();
    }

    /** Each row of {@code table} as its cell texts. */
    static List<List<String>> rows(XWPFTable table) {
        return table.getRows().stream()
                .map(r -> r.getTableCells().stream().map(XWPFTableCell::getText).toList())
                .toList();
    }

    /** The section properties in document order: those on paragraphs, then the body's own (the last section). */
    static List<CTSectPr> sections(XWPFDocument doc) {
        List<CTSectPr> out = new ArrayList<>();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
                out.add(p.getCTP().getPPr().getSectPr());
            }
        }
        out.add(doc.getDocument().getBody().getSectPr());
        return out;
    }

    /** The paragraph texts right before {@code table}, nearest last. */
    static List<String> textBefore(XWPFDocument doc, XWPFTable table, int count) {
        List<IBodyElement> elements = doc.getBodyElements();
        int at = elements.indexOf(table);
        List<String> out = new ArrayList<>();
        for (int i = at - 1; i >= 0 && out.size() < count; i--) {
            if (elements.get(i) instanceof XWPFParagraph p && !p.getText().isEmpty()) {
                out.addFirst(p.getText());
            }
        }
        return out;
    }
}
