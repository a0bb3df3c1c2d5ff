package vn.kehoachxa.export.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.files.SafeFiles;

/**
 * Ô ký số: adds empty signature fields to a finished PDF, where Decree 30 Appendix I puts the signatures — the
 * signer's between the title line (chức vụ) and the name in the right-hand signature column, optionally the body's
 * (the seal) over the left third of it, and for an appendix in a separate file the body's at the top right of page 1.
 * A signer tool (vSignPDF, MySign) then signs a field in place, in an incremental update of its own.
 *
 * <p>The fields are added in a full save of the unsigned file (decision 0030): nothing is signed yet, so nothing can be
 * invalidated, and the result is one clean revision for the signer to append to. A file that already carries a
 * signature is refused, since a full save would break it. Each widget is printed, has no border and an empty
 * appearance stream, and the form has SigFlags 3 and no NeedAppearances, which keeps a PDF/A-2b file conformant.
 */
public final class SignatureFields {
    /** Name of the signer's field. */
    public static final String SIGNER_FIELD = "ChuKyNguoiKy";
    /** Name of the issuing body's field (the seal; at the top right of a separate appendix). */
    public static final String BODY_FIELD = "ChuKyCoQuan";

    private static final float MM = 72f / 25.4f;
    /** A commune's seal is 35–36 mm across; the field is as large as the stamped image. */
    private static final float SEAL = 36 * MM;
    /** Widest signature field: the signature image is about 5–6 cm wide. */
    private static final float MAX_WIDTH = 60 * MM;
    /** Under 1 cm between title and name there is no room to sign: the layout is wrong, not the signer. */
    private static final float MIN_GAP = 10 * MM;
    private static final float APPENDIX_WIDTH = 70 * MM;
    private static final float APPENDIX_HEIGHT = 16 * MM;
    private static final float APPENDIX_MARGIN = 8 * MM;

    /** A field's rectangle on a page (0-based), in PDF points with the origin at the page's bottom left. */
    public record Box(int page, float left, float bottom, float right, float top) {
        public float width() {
            return right - left;
        }

        public float height() {
            return top - bottom;
        }
    }

    /** Where the fields went: the signer's, and the body's over its left third ({@code null} when not asked for). */
    public record Placed(Box signer, Box seal) {
    }

    private SignatureFields() {
    }

    /**
     * Writes {@code target} (may equal {@code source}) as {@code source} with an empty field for {@code signer} between
     * their title line and name on the last page that carries them in its right half, and when {@code sealField} a
     * second one for the body's seal overlapping the left third of it.
     *
     * @throws DomainException naming the file when it is not a PDF, is signed already, or the signer is not found
     */
    public static Placed addAtSigner(Path source, Path target, Signer signer, boolean sealField) {
        return edit(source, target, doc -> {
            Box sig = signerBox(doc, source, signer);
            PDPage page = doc.getPage(sig.page());
            PDAcroForm form = form(doc);
            addField(doc, form, page, sig, SIGNER_FIELD);
            Box seal = null;
            if (sealField) {
                float right = sig.left() + sig.width() / 3;
                float middle = (sig.bottom() + sig.top()) / 2;
                PDRectangle media = page.getMediaBox();
                float left = Math.max(media.getLowerLeftX(), right - SEAL);
                seal = new Box(sig.page(), left, middle - SEAL / 2, left + SEAL, middle + SEAL / 2);
                addField(doc, form, page, seal, BODY_FIELD);
            }
            return new Placed(sig, seal);
        });
    }

    /**
     * Writes {@code target} as {@code source}, an appendix in a separate file, with an empty field for the issuing
     * body at the top right of its first page, in the top margin (the body signs there with its number and time).
     */
    public static Box addForAppendix(Path source, Path target) {
        return edit(source, target, doc -> {
            PDPage page = doc.getPage(0);
            PDRectangle crop = page.getCropBox();
            float right = crop.getUpperRightX() - APPENDIX_MARGIN;
            float top = crop.getUpperRightY() - APPENDIX_MARGIN / 2;
            Box box = new Box(0, right - APPENDIX_WIDTH, top - APPENDIX_HEIGHT, right, top);
            addField(doc, form(doc), page, box, BODY_FIELD);
            return box;
        });
    }

    /** The signer's field: centred on the title and name, from under the title line to over the name. */
    static Box signerBox(PDDocument doc, Path file, Signer signer) throws IOException {
        String title = titleAboveName(signer);
        String name = TextRun.key(signer.name());
        for (int i = doc.getNumberOfPages() - 1; i >= 0; i--) {
            float middle = doc.getPage(i).getCropBox().getLowerLeftX() + doc.getPage(i).getCropBox().getWidth() / 2;
            List<TextRun> runs = TextRuns.of(doc, i).stream().filter(r -> r.centreX() > middle).toList();
            for (int n = runs.size() - 1; n >= 0; n--) {
                TextRun nameRun = runs.get(n);
                if (name.isEmpty() || !nameRun.key().equals(name)) {
                    continue;
                }
                TextRun titleRun = null;
                for (int t = n - 1; t >= 0 && titleRun == null; t--) {
                    TextRun r = runs.get(t);
                    if (r.key().equals(title) && r.bottom() > nameRun.top()) {
                        titleRun = r;
                    }
                }
                if (titleRun != null) {
                    return between(i, titleRun, nameRun, doc.getPage(i).getCropBox(), file);
                }
            }
        }
        throw new DomainException(Texts.get("pdf.fields.noSigner", file.getFileName(), title, signer.name()));
    }

    private static Box between(int page, TextRun title, TextRun name, PDRectangle crop, Path file) {
        float pad = 2;
        float top = title.bottom() - pad;
        float bottom = name.top() + pad;
        if (top - bottom < MIN_GAP) {
            throw new DomainException(Texts.get("pdf.fields.noRoom", file.getFileName(), page + 1));
        }
        float centre = (title.centreX() + name.centreX()) / 2;
        float half = Math.min(MAX_WIDTH, Math.max(Math.max(title.right() - title.left(),
                name.right() - name.left()), 40 * MM)) / 2;
        // The signature column is the right half: keep the field inside it and inside the page.
        half = Math.min(half, Math.min(crop.getUpperRightX() - centre, centre - (crop.getLowerLeftX()
                + crop.getWidth() / 2)));
        return new Box(page, centre - half, bottom, centre + half, top);
    }

    /** The line printed right above the name: the title, or the deputy mark or authority when it is blank. */
    private static String titleAboveName(Signer signer) {
        return Stream.of(signer.title(), signer.deputyMark(), signer.authority())
                .filter(s -> s != null && !s.isBlank()).findFirst().map(TextRun::key).orElse("");
    }

    private static PDAcroForm form(PDDocument doc) {
        PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
        if (form == null) {
            form = new PDAcroForm(doc);
            doc.getDocumentCatalog().setAcroForm(form);
        }
        // PDF/A forbids NeedAppearances true; every widget brings its own appearance instead.
        form.getCOSObject().removeItem(COSName.NEED_APPEARANCES);
        form.setSignaturesExist(true);
        form.setAppendOnly(true);
        return form;
    }

    private static void addField(PDDocument doc, PDAcroForm form, PDPage page, Box box, String name)
            throws IOException {
        PDSignatureField field = new PDSignatureField(form);
        field.setPartialName(uniqueName(form, name));
        PDAnnotationWidget widget = field.getWidgets().getFirst();
        PDRectangle rect = new PDRectangle(box.left(), box.bottom(), box.width(), box.height());
        widget.setRectangle(rect);
        widget.setPage(page);
        widget.setPrinted(true);
        PDBorderStyleDictionary border = new PDBorderStyleDictionary();
        border.setWidth(0);
        widget.setBorderStyle(border);
        PDAppearanceStream empty = new PDAppearanceStream(doc);
        empty.setBBox(new PDRectangle(box.width(), box.height()));
        empty.setResources(new PDResources());
        try (OutputStream out = empty.getContentStream().createOutputStream()) {
            out.flush();
        }
        PDAppearanceDictionary appearance = new PDAppearanceDictionary();
        appearance.setNormalAppearance(empty);
        widget.setAppearance(appearance);
        page.getAnnotations().add(widget);
        form.getFields().add(field);
    }

    private static String uniqueName(PDAcroForm form, String name) {
        String candidate = name;
        for (int i = 2; form.getField(candidate) != null; i++) {
            candidate = name + i;
        }
        return candidate;
    }

    private interface Edit<T> {
        T apply(PDDocument doc) throws IOException;
    }

    private static <T> T edit(Path source, Path target, Edit<T> edit) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            throw new DomainException(Texts.get("pdf.unreadable", source, e.getMessage()), e);
        }
        // Loaded from memory: the target may be the source, replaced while nothing holds it open.
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            for (PDField f : doc.getDocumentCatalog().getAcroForm(null) == null ? List.<PDField>of()
                    : doc.getDocumentCatalog().getAcroForm(null).getFieldTree()) {
                if (f instanceof PDSignatureField s && s.getSignature() != null) {
                    throw new DomainException(Texts.get("pdf.fields.signed", source.getFileName()));
                }
            }
            T result = edit.apply(doc);
            SafeFiles.write(target, out -> doc.save(out, CompressParameters.NO_COMPRESSION));
            return result;
        } catch (IOException e) {
            throw new DomainException(Texts.get("pdf.unreadable", source, e.getMessage()), e);
        }
    }
}
