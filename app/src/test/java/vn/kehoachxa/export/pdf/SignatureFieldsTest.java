package vn.kehoachxa.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.testsupport.TestPdfs;

/**
 * Signature fields on real PDFs: LibreOffice's PDF/A-2b of our .docx for an administrative (Mường La) and a Party
 * (Hà Đông) plan, and a PDF/A-2b drawn with PDFBox. Where the title and name are is read independently with poppler's
 * {@code pdftotext -bbox-layout}.
 */
class SignatureFieldsTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"muong-la", "ha-dong"})
    void signerFieldLiesBetweenTitleAndNameInTheRightColumnAndKeepsPdfA(String sample) throws Exception {
        PlanDocument plan = PlanFiles.readBundledSample(sample);
        Path docx = dir.resolve(sample + ".docx");
        new PlanWordExporter().export(plan, docx);
        Path pdf = TestPdfs.officePdfA(docx);
        List<String> before = TestPdfs.pdfA2bFailures(pdf);
        Path out = dir.resolve(sample + "-o-ky.pdf");
        Signer signer = plan.plan().signer();

        SignatureFields.Placed placed = SignatureFields.addAtSigner(pdf, out, signer, true);

        Field sig = field(out, SignatureFields.SIGNER_FIELD);
        assertBetweenTitleAndName(out, sig, title(signer), signer.name());
        assertThat(placed.signer().page()).isEqualTo(sig.page);
        Field seal = field(out, SignatureFields.BODY_FIELD);
        assertThat(seal.page).isEqualTo(sig.page);
        assertThat(seal.rect.getLowerLeftX()).isLessThan(sig.rect.getLowerLeftX());
        assertThat(seal.rect.getUpperRightX()).isCloseTo(sig.rect.getLowerLeftX() + sig.rect.getWidth() / 3,
                org.assertj.core.data.Offset.offset(0.5f));
        assertThat(TestPdfs.pdfA2bFailures(out)).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void drawnPdfAStaysConformantWithTheFields() throws Exception {
        Signer signer = new Signer("T/M ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lò Văn Minh");
        Path pdf = TestPdfs.drawnPdfA(dir.resolve("drawn.pdf"), List.of("T/M ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                "PHÓ CHỦ TỊCH"), "Lò Văn Minh", 100);
        assertThat(TestPdfs.pdfA2bFailures(pdf)).isEmpty();

        SignatureFields.addAtSigner(pdf, pdf, signer, true);

        assertThat(TestPdfs.pdfA2bFailures(pdf)).isEmpty();
        Field sig = field(pdf, SignatureFields.SIGNER_FIELD);
        assertBetweenTitleAndName(pdf, sig, "PHÓ CHỦ TỊCH", "Lò Văn Minh");
        assertThat(sig.height).isGreaterThan(70);
    }

    @Test
    void fieldsArePrintedEmptyBorderlessWithAnAppearanceAndTheFormSaysSignaturesExist() throws Exception {
        Path pdf = TestPdfs.drawnPdfA(dir.resolve("drawn.pdf"), List.of("CHỦ TỊCH"), "Lò Văn Minh", 100);
        Path out = dir.resolve("out.pdf");
        SignatureFields.addAtSigner(pdf, out, new Signer(null, null, "Chủ tịch", "Lò Văn Minh"), false);
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm(null);
            assertThat(form.isSignaturesExist()).isTrue();
            assertThat(form.isAppendOnly()).isTrue();
            assertThat(form.getNeedAppearances()).isFalse();
            PDSignatureField field = (PDSignatureField) form.getField(SignatureFields.SIGNER_FIELD);
            assertThat(field.getSignature()).isNull();
            PDAnnotationWidget w = field.getWidgets().getFirst();
            assertThat(w.isPrinted()).isTrue();
            assertThat(w.isHidden() || w.isInvisible() || w.isNoView()).isFalse();
            assertThat(w.getBorderStyle().getWidth()).isZero();
            assertThat(w.getAppearance().getNormalAppearance().isStream()).isTrue();
            assertThat(doc.getPage(0).getAnnotations()).contains(w);
            assertThat(form.getField(SignatureFields.BODY_FIELD)).isNull();
        }
    }

    @Test
    void appendixFieldSitsAtTheTopRightOfPageOneAboveTheText() throws Exception {
        Path pdf = TestPdfs.drawnPdfA(dir.resolve("phu-luc.pdf"), List.of("CHỦ TỊCH"), "Lò Văn Minh", 100);

        SignatureFields.addForAppendix(pdf, pdf);

        Field f = field(pdf, SignatureFields.BODY_FIELD);
        assertThat(f.page).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDRectangle page = doc.getPage(0).getMediaBox();
            assertThat(f.rect.getLowerLeftX()).isGreaterThan(page.getWidth() / 2);
            assertThat(f.rect.getUpperRightX()).isLessThanOrEqualTo(page.getWidth());
            float highestText = page.getHeight() - lines(pdf, 1).stream().map(Line::yMin)
                    .min(Float::compare).orElseThrow();
            assertThat(f.rect.getLowerLeftY()).isGreaterThan(highestText);
        }
        assertThat(TestPdfs.pdfA2bFailures(pdf)).isEmpty();
    }

    @Test
    void aSignerNotInThePdfIsNamedInTheMessage() throws Exception {
        Path pdf = TestPdfs.drawnPdfA(dir.resolve("drawn.pdf"), List.of("CHỦ TỊCH"), "Lò Văn Minh", 100);

        assertThatThrownBy(() -> SignatureFields.addAtSigner(pdf, dir.resolve("x.pdf"),
                new Signer(null, null, "Chủ tịch", "Nguyễn Thị Lan"), false))
                .isInstanceOf(DomainException.class).hasMessageContaining("Nguyễn Thị Lan")
                .hasMessageContaining("drawn.pdf");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedByName() throws IOException {
        Path fake = Files.writeString(dir.resolve("ke-hoach.pdf"), "PK not a pdf");

        assertThatThrownBy(() -> SignatureFields.addForAppendix(fake, dir.resolve("x.pdf")))
                .isInstanceOf(DomainException.class).hasMessageContaining("ke-hoach.pdf");
    }

    static String title(Signer s) {
        return s.title() != null && !s.title().isBlank() ? s.title().toUpperCase(java.util.Locale.ROOT)
                : s.deputyMark().toUpperCase(java.util.Locale.ROOT);
    }

    /** The field's rectangle lies below the title line and above the name, in the right half, centred on them. */
    static void assertBetweenTitleAndName(Path pdf, Field f, String title, String name) throws Exception {
        List<Line> lines = lines(pdf, f.page + 1);
        float pageHeight;
        float pageWidth;
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            pageHeight = doc.getPage(f.page).getMediaBox().getHeight();
            pageWidth = doc.getPage(f.page).getMediaBox().getWidth();
        }
        Line nameLine = lines.stream().filter(l -> l.text.equals(name)).reduce((a, b) -> b).orElseThrow(
                () -> new AssertionError(name + " not on page " + (f.page + 1) + ": " + lines));
        Line titleLine = lines.stream().filter(l -> l.text.equals(title) && l.yMax <= nameLine.yMin)
                .reduce((a, b) -> b).orElseThrow(() -> new AssertionError(title + " not above " + name));
        assertThat(f.rect.getUpperRightY()).isLessThanOrEqualTo(pageHeight - titleLine.yMax);
        assertThat(f.rect.getLowerLeftY()).isGreaterThanOrEqualTo(pageHeight - nameLine.yMin);
        assertThat(f.rect.getLowerLeftX()).isGreaterThanOrEqualTo(pageWidth / 2);
        assertThat((f.rect.getLowerLeftX() + f.rect.getUpperRightX()) / 2).isBetween(nameLine.xMin, nameLine.xMax);
    }

    record Field(int page, PDRectangle rect, float height) {
    }

    static Field field(Path pdf, String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDSignatureField f = (PDSignatureField) doc.getDocumentCatalog().getAcroForm(null).getField(name);
            assertThat(f).as(name).isNotNull();
            PDAnnotationWidget w = f.getWidgets().getFirst();
            int page = doc.getPages().indexOf(w.getPage());
            return new Field(page, w.getRectangle(), w.getRectangle().getHeight());
        }
    }

    /** A printed line as poppler reads it: its words joined, its box from the page's top left. */
    record Line(String text, float xMin, float yMin, float xMax, float yMax) {
    }

    private static final Pattern LINE = Pattern.compile("<line xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\""
            + " yMax=\"([\\d.]+)\">(.*?)</line>", Pattern.DOTALL);
    private static final Pattern WORD = Pattern.compile("<word [^>]*>(.*?)</word>");

    static List<Line> lines(Path pdf, int page) throws Exception {
        Path html = pdf.resolveSibling(pdf.getFileName() + ".bbox.html");
        Process p = new ProcessBuilder("pdftotext", "-bbox-layout", "-f", String.valueOf(page), "-l",
                String.valueOf(page), pdf.toString(), html.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        assertThat(p.waitFor()).isZero();
        String text = Files.readString(html, StandardCharsets.UTF_8);
        List<Line> out = new ArrayList<>();
        Matcher m = LINE.matcher(text);
        while (m.find()) {
            List<String> words = new ArrayList<>();
            Matcher w = WORD.matcher(m.group(5));
            while (w.find()) {
                words.add(w.group(1).replace("&amp;", "&"));
            }
            out.add(new Line(java.text.Normalizer.normalize(String.join(" ", words), java.text.Normalizer.Form.NFC),
                    Float.parseFloat(m.group(1)), Float.parseFloat(m.group(2)), Float.parseFloat(m.group(3)),
                    Float.parseFloat(m.group(4))));
        }
        return out;
    }
}
