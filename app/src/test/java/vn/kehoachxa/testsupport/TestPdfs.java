package vn.kehoachxa.testsupport;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * PDFs for tests of the PDF tools: LibreOffice's PDF/A-2b rendering of a .docx, a small PDF/A-2b drawn with PDFBox
 * (so the tests do not rest on LibreOffice alone), and the veraPDF verdict on a file.
 */
public final class TestPdfs {
    /** Serif faces with Vietnamese letters, the first one present is used. */
    private static final List<String> FONTS = List.of(
            "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
            "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", "C:\\Windows\\Fonts\\times.ttf");

    private TestPdfs() {
    }

    /** LibreOffice's PDF/A-2b of {@code office}, beside it. */
    public static Path officePdfA(Path office) throws IOException, InterruptedException {
        Path folder = office.toAbsolutePath().getParent();
        Path profile = Files.createTempDirectory("khx-test-soffice-");
        try {
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless",
                    "--convert-to", "pdf:writer_pdf_Export:{\"SelectPdfVersion\":{\"type\":\"long\",\"value\":\"2\"}}",
                    "--outdir", folder.toString(), office.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("LibreOffice did not convert " + office);
            }
        } finally {
            try (var walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        String name = office.getFileName().toString();
        Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            throw new IOException("LibreOffice wrote no " + pdf);
        }
        return pdf;
    }

    /**
     * A one-page A4 PDF/A-2b drawn with PDFBox: a body paragraph, then Nơi nhận on the left and, on the right,
     * {@code titles} (one line each) and {@code name} {@code gapPoints} below the last title line.
     */
    public static Path drawnPdfA(Path target, List<String> titles, String name, float gapPoints)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType0Font font;
            try (var in = Files.newInputStream(font())) {
                font = PDType0Font.load(doc, in, true);
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = 700;
                text(cs, font, 13, 85, y, "Ủy ban nhân dân xã ban hành Kế hoạch thực hiện Nghị quyết.");
                y -= 60;
                text(cs, font, 12, 85, y, "Nơi nhận:");
                text(cs, font, 11, 85, y - 16, "- Như trên;");
                text(cs, font, 11, 85, y - 30, "- Lưu: VT.");
                float column = 400;
                for (String t : titles) {
                    text(cs, font, 14, column - font.getStringWidth(t) / 1000 * 14 / 2, y, t);
                    y -= 17;
                }
                float nameY = y + 17 - gapPoints;
                text(cs, font, 14, column - font.getStringWidth(name) / 1000 * 14 / 2, nameY, name);
            }
            byte[] icc = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
            PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(icc));
            intent.setInfo("sRGB IEC61966-2.1");
            intent.setOutputCondition("sRGB IEC61966-2.1");
            intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
            intent.setRegistryName("http://www.color.org");
            doc.getDocumentCatalog().addOutputIntent(intent);
            PDMetadata metadata = new PDMetadata(doc);
            try (OutputStream out = metadata.createOutputStream()) {
                out.write(XMP.getBytes(StandardCharsets.UTF_8));
            }
            doc.getDocumentCatalog().setMetadata(metadata);
            doc.save(target.toFile());
        }
        return target;
    }

    private static final String XMP = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
            + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
            + "<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">"
            + "<pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance></rdf:Description>"
            + "</rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";

    private static void text(PDPageContentStream cs, PDType0Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static Path font() {
        return FONTS.stream().map(Path::of).filter(Files::isRegularFile).findFirst()
                .orElseThrow(() -> new IllegalStateException("no serif font with Vietnamese letters among " + FONTS));
    }

    /** The PDF/A-2b rules {@code pdf} breaks, as "clause: description (n×)"; empty when conformant. */
    public static List<String> pdfA2bFailures(Path pdf) throws Exception {
        try (InputStream in = java.nio.file.Files.newInputStream(pdf)) {
            return pdfA2bFailures(in);
        }
    }

    /** {@link #pdfA2bFailures(Path)} of a PDF read from {@code pdf}. */
    public static List<String> pdfA2bFailures(InputStream pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(pdf, PDFAFlavour.PDFA_2_B)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false);
            ValidationResult result = validator.validate(parser);
            List<String> out = new ArrayList<>();
            if (!result.isCompliant()) {
                for (TestAssertion a : result.getTestAssertions()) {
                    if (a.getStatus() == TestAssertion.Status.FAILED) {
                        String rule = a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                                + a.getMessage();
                        if (!out.contains(rule)) {
                            out.add(rule);
                        }
                    }
                }
                if (out.isEmpty()) {
                    out.add("not compliant");
                }
            }
            return out;
        }
    }
}
