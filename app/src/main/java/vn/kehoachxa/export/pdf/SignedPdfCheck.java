package vn.kehoachxa.export.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.signing.PdfSignatures;

/**
 * What a file the signer tool returned holds: that it is a PDF, how many pages, and the digital signatures it carries
 * (the signer's name as the signature dictionary gives it, when it does). The signatures are listed, not verified:
 * checking a certificate chain needs the national root and revocation lists, which the signer tool already did.
 */
public final class SignedPdfCheck {
    private SignedPdfCheck() {
    }

    /**
     * Reads {@code file}.
     *
     * @throws DomainException naming the file when it is not a PDF, is damaged or needs a password to open
     */
    public static PdfSignatures of(Path file) {
        try {
            if (!startsAsPdf(file)) {
                throw new DomainException(Texts.get("pdf.notPdf", file.getFileName()));
            }
            try (PDDocument doc = Loader.loadPDF(file.toFile())) {
                List<String> names = doc.getSignatureDictionaries().stream().map(SignedPdfCheck::who).toList();
                return new PdfSignatures(doc.getNumberOfPages(), names);
            }
        } catch (InvalidPasswordException e) {
            throw new DomainException(Texts.get("pdf.password", file.getFileName()), e);
        } catch (IOException e) {
            throw new DomainException(Texts.get("pdf.unreadable", file, e.getMessage()), e);
        }
    }

    private static String who(PDSignature s) {
        String name = s.getName();
        return name == null || name.isBlank() ? "" : name.strip();
    }

    /** "%PDF-" within the first kilobyte, as readers accept it; a .docx renamed .pdf fails here. */
    private static boolean startsAsPdf(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(1024);
            String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
            return text.contains("%PDF-");
        }
    }
}
