package vn.kehoachxa.export.word;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHdrFtr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * Page geometry and page numbers: A4, margins 20/20/30/15 mm (landscape: left 20 mm), the page number centred in
 * the top margin from the second page of each section (the first page's header is empty), numbering restarting at 1
 * in each appendix.
 */
public final class PageSetup {

    public static final int A4_SHORT = 11906;
    public static final int A4_LONG = 16838;
    public static final int TOP = Docx.mm(20);
    public static final int BOTTOM = Docx.mm(20);
    public static final int LEFT = Docx.mm(30);
    public static final int RIGHT = Docx.mm(15);
    /**
     * A landscape appendix bound with portrait pages is turned a quarter, so its left edge is not the binding edge:
     * 20 mm there, as the Excel appendices print, gives the table a centimetre more.
     */
    public static final int LANDSCAPE_LEFT = Docx.mm(20);
    public static final int PORTRAIT_TEXT_WIDTH = A4_SHORT - LEFT - RIGHT;
    public static final int LANDSCAPE_TEXT_WIDTH = A4_LONG - LANDSCAPE_LEFT - RIGHT;

    private final String defaultHeaderId;
    private final String firstHeaderId;

    private PageSetup(String defaultHeaderId, String firstHeaderId) {
        this.defaultHeaderId = defaultHeaderId;
        this.firstHeaderId = firstHeaderId;
    }

    /** Creates the two headers every section shares: page number, and empty for the first page. */
    static PageSetup create(XWPFDocument doc) {
        XWPFHeader numbered = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = numbered.createParagraph();
        p.setStyle(WordStyles.PAGE_NUMBER);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue("2");
        XWPFHeader first = doc.createHeader(HeaderFooterType.FIRST);
        first.createParagraph().setStyle(WordStyles.PAGE_NUMBER);
        return new PageSetup(doc.getRelationId(numbered), doc.getRelationId(first));
    }

    /** Fills {@code sectPr} for a portrait (body) or landscape (appendix) section. */
    void apply(CTSectPr sectPr, boolean landscape, boolean restartNumbering) {
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
        size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
        }
        CTPageMar mar = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        mar.setTop(BigInteger.valueOf(TOP));
        mar.setBottom(BigInteger.valueOf(BOTTOM));
        mar.setLeft(BigInteger.valueOf(landscape ? LANDSCAPE_LEFT : LEFT));
        mar.setRight(BigInteger.valueOf(RIGHT));
        mar.setHeader(BigInteger.valueOf(Docx.mm(10)));
        mar.setFooter(BigInteger.valueOf(Docx.mm(10)));
        mar.setGutter(BigInteger.ZERO);
        while (sectPr.sizeOfHeaderReferenceArray() > 0) {
            sectPr.removeHeaderReference(0);
        }
        var def = sectPr.addNewHeaderReference();
        def.setType(STHdrFtr.DEFAULT);
        def.setId(defaultHeaderId);
        var first = sectPr.addNewHeaderReference();
        first.setType(STHdrFtr.FIRST);
        first.setId(firstHeaderId);
        if (!sectPr.isSetTitlePg()) {
            sectPr.addNewTitlePg();
        }
        if (restartNumbering) {
            (sectPr.isSetPgNumType() ? sectPr.getPgNumType() : sectPr.addNewPgNumType()).setStart(BigInteger.ONE);
        }
    }

    /** Ends the current section with {@code p}: the section runs up to and including that paragraph. */
    void endSectionAt(XWPFParagraph p, boolean landscape, boolean restartNumbering) {
        var ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        apply(ppr.addNewSectPr(), landscape, restartNumbering);
    }

    /** The document's last section (its properties sit on the body). */
    void lastSection(XWPFDocument doc, boolean landscape, boolean restartNumbering) {
        var body = doc.getDocument().getBody();
        apply(body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr(), landscape, restartNumbering);
    }
}
