package vn.kehoachxa.export.word;

import java.util.ArrayList;
import java.util.List;

import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.PartyRules;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.Signer;

/**
 * Thể thức văn bản: what differs between the administrative (Decree 30/2020) and the Party (HD 36) layout — the
 * header block, the number line, sizes, the signature and the archive line. Everything else is shared.
 */
public interface DocumentLayout {

    /** How a rule is drawn under a header line. */
    enum Rule {
        NONE,
        /** A short centred rule, about a third of the column (under the issuing body, the summary line). */
        SHORT,
        /** A rule as long as the text (under the motto, under "ĐẢNG CỘNG SẢN VIỆT NAM"). */
        TEXT_LENGTH
    }

    /** One centred line of a header or signature block, with its fixed look. */
    record Line(String text, int size, boolean bold, boolean italic, Rule rule, int beforePoints) {
        public static Line plain(String text, int size) {
            return new Line(text, size, false, false, Rule.NONE, 0);
        }

        public static Line bold(String text, int size) {
            return new Line(text, size, true, false, Rule.NONE, 0);
        }

        Line withRule(Rule r) {
            return new Line(text, size, bold, italic, r, beforePoints);
        }

        public Line before(int points) {
            return new Line(text, size, bold, italic, rule, points);
        }
    }

    /** The layout for a document family; a Party document under the rules a plan states none for. */
    static DocumentLayout of(DocumentFamily family) {
        return switch (family) {
            case ADMINISTRATIVE -> new AdministrativeLayout();
            case PARTY -> new PartyLayout(PartyRules.UNSTATED);
        };
    }

    /** The layout {@code plan} prints under: its family, and for a Party plan the edition of the rules it states. */
    static DocumentLayout of(Plan plan) {
        return plan.family() == DocumentFamily.PARTY ? new PartyLayout(plan.partyRules())
                : new AdministrativeLayout();
    }

    /** The rules this layout follows, as a reader names them: "Nghị định 30/2020/NĐ-CP", "Hướng dẫn 36-HD/VPTW". */
    String rulesName();

    /** Body text size in points. */
    int bodySize();

    /** Size of the type name (KẾ HOẠCH, CHƯƠNG TRÌNH). */
    int typeNameSize();

    /** Size of the summary line (trích yếu). */
    int summarySize();

    /** Size of appendix table text. */
    int tableSize();

    /** Widths in twips of the header block's left and right columns. */
    int[] headerColumns();

    /** The left column: superior and issuing body, their mark, the number line. */
    List<Line> issuerBlock(Plan plan);

    /** The right column: national title or Party name, motto, place-date line. */
    List<Line> nationalBlock(Plan plan);

    /** The number line as printed, with blanks for a draft: {@code Số: 12/KH-UBND}, {@code Số 10-CTr/ĐU}. */
    String numberLine(Plan plan);

    /** Số và ký hiệu alone, blank number kept as a blank: {@code 12/KH-UBND}, {@code 10-CTr/ĐU}. */
    String numberAndSymbol(Plan plan);

    /** Authority, deputy mark and title of the signer, each bold UPPER. */
    default List<Line> signatureTitles(Signer signer) {
        List<Line> out = new ArrayList<>();
        for (String part : new String[] {signer.authority(), signer.deputyMark(), signer.title()}) {
            if (!LayoutTexts.blank(part)) {
                out.add(Line.bold(LayoutTexts.upper(part), 14));
            }
        }
        return out;
    }

    /**
     * Room above the signer's name, in points: the signature image and the seal overlapping a third of it (Decree 30,
     * Phụ lục I) need 3–4 cm between the title and the name; 100 pt is 3.5 cm, where 72 pt left 2.5 cm.
     */
    int SIGNATURE_ROOM = 100;

    /**
     * The signature block as printed in both renderers: the titles (the first 12 pt lower), then the name with
     * {@link #SIGNATURE_ROOM} above it.
     */
    default List<Line> signatureBlock(Signer signer) {
        List<Line> lines = new ArrayList<>(signatureTitles(signer));
        if (!lines.isEmpty()) {
            lines.set(0, lines.get(0).before(12));
        }
        String name = signer.name();
        lines.add(Line.bold(LayoutTexts.blank(name) ? "" : name.strip(), 14).before(SIGNATURE_ROOM));
        return lines;
    }

    /** What ends each recipient line but the last: ";" in administrative documents. */
    default char recipientSeparator() {
        return ';';
    }

    /** The archive line added as the last recipient when the plan's list has none. */
    String archiveLine();

    /** Who issues the plan in running text, for "(Kèm theo … của …)": "Ủy ban nhân dân xã Mường La". */
    String issuerInWords(Plan plan);
}
