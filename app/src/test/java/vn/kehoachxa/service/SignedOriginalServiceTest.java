package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.signing.SignedOriginal;
import vn.kehoachxa.export.pdf.SignatureFields;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.testsupport.SelfSignedPdf;
import vn.kehoachxa.testsupport.TestPdfs;

/**
 * "Đã ký số" on real files: a PDF/A with signature fields, signed in its field by a self-signed key the way a signer
 * tool does it (incremental update), recorded for an issued plan and for a period report, copied into the data
 * folder, kept across a reopen, undone, and carried by the report package.
 */
class SignedOriginalServiceTest {
    private static final String SIGNER = "Lò Văn Minh";

    @TempDir
    Path dir;
    FilledQuarter q;
    Database db;
    SignedOriginalService service;

    @BeforeEach
    void setUp() {
        q = new FilledQuarter(dir);
        db = q.db;
        service = new SignedOriginalService(db, q.clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A PDF/A with the fields, signed in the signer's field. */
    private Path signedPdf(String name) throws Exception {
        Path unsigned = TestPdfs.drawnPdfA(dir.resolve(name + "-chua-ky.pdf"), List.of("T/M ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH"), SIGNER, 100);
        SignatureFields.addAtSigner(unsigned, unsigned, new Signer("T/M ỦY BAN NHÂN DÂN", null, "Chủ tịch", SIGNER),
                true);
        return SelfSignedPdf.sign(unsigned, dir.resolve(name + ".pdf"), SIGNER, dir);
    }

    private void issue() {
        new PlanVersionService(db, q.clock).issue(q.planId, "12", LocalDate.of(2026, 1, 5), null);
    }

    @Test
    void theSignerToolSignsInTheEmptyFieldAndTheCheckSeesIt() throws Exception {
        Path signed = signedPdf("ke-hoach");

        try (PDDocument doc = Loader.loadPDF(signed.toFile())) {
            var field = (PDSignatureField) doc.getDocumentCatalog().getAcroForm(null)
                    .getField(SignatureFields.SIGNER_FIELD);
            assertThat(field.getSignature()).isNotNull();
            assertThat(field.getSignature().getName()).isEqualTo(SIGNER);
        }
        assertThat(service.check(signed).signers()).containsExactly(SIGNER);
    }

    @Test
    void aSignedPlanPdfIsCopiedIntoTheDataFolderAndSurvivesAReopen() throws Exception {
        issue();
        Path signed = signedPdf("ke-hoach");

        SignedOriginal o = service.recordForPlan(q.planId, "12/KH-UBND", LocalDate.of(2026, 1, 6), signed);

        Path copy = service.file(o);
        assertThat(copy).startsWith(db.directory().resolve(SignedOriginalService.FOLDER));
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(signed));
        assertThat(o.sha256()).isEqualTo(SignedOriginalService.sha256(signed));
        assertThat(o.signers()).containsExactly(SIGNER);
        Path folder = db.directory();
        db.close();
        db = Database.open(folder);
        SignedOriginal again = new SignedOriginalService(db).ofPlan(q.planId).orElseThrow();
        assertThat(again).isEqualTo(o);
        assertThat(again.number()).isEqualTo("12/KH-UBND");
        assertThat(again.date()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(again.originalName()).isEqualTo("ke-hoach.pdf");
    }

    @Test
    void aPdfWithoutSignatureIsSeenAsUnsignedAndStillRecordedWhenTheOfficialConfirms() throws Exception {
        issue();
        Path unsigned = TestPdfs.drawnPdfA(dir.resolve("chua-ky.pdf"), List.of("CHỦ TỊCH"), SIGNER, 100);

        assertThat(service.check(unsigned).signed()).isFalse();
        SignedOriginal o = service.recordForPlan(q.planId, "12", LocalDate.of(2026, 1, 6), unsigned);

        assertThat(o.signed()).isFalse();
        assertThat(service.ofPlan(q.planId)).contains(o);
    }

    @Test
    void aFileThatIsNotAPdfIsRefusedByNameAndNothingIsRecorded() throws Exception {
        issue();
        Path docx = Files.write(dir.resolve("ke-hoach.pdf"), new byte[] {'P', 'K', 3, 4, 0, 0});

        assertThatThrownBy(() -> service.recordForPlan(q.planId, "12", LocalDate.of(2026, 1, 6), docx))
                .isInstanceOf(DomainException.class).hasMessageContaining("ke-hoach.pdf")
                .hasMessageContaining("không phải là tệp PDF");
        assertThat(service.ofPlan(q.planId)).isEmpty();
        assertThat(db.directory().resolve(SignedOriginalService.FOLDER)).doesNotExist();
    }

    @Test
    void aDraftPlanHasNoSignedOriginalYet() throws Exception {
        Path signed = signedPdf("ke-hoach");

        assertThatThrownBy(() -> service.recordForPlan(q.planId, "12", LocalDate.of(2026, 1, 6), signed))
                .isInstanceOf(DomainException.class).hasMessageContaining("dự thảo");
        assertThat(service.ofPlan(q.planId)).isEmpty();
    }

    @Test
    void undoRemovesTheRecordKeepsTheCopyAndRedoBringsTheSameRecordBack() throws Exception {
        issue();
        SignedOriginal o = service.recordForPlan(q.planId, "12", LocalDate.of(2026, 1, 6), signedPdf("ke-hoach"));
        EditHistory history = new EditHistory();
        history.record("Đã ký số", Change.of(() -> service.remove(o.id()), () -> service.restore(o)));

        history.undo();

        assertThat(service.ofPlan(q.planId)).isEmpty();
        assertThat(service.file(o)).exists();
        history.redo();
        assertThat(service.ofPlan(q.planId)).contains(o);
    }

    @Test
    void aSignedPdfGivenAtTheIssueIsKeptAsTheSignedOriginalAndThePlanFileCarriesOnlyItsNameAndChecksum()
            throws Exception {
        Path signed = signedPdf("ke-hoach-12");

        new PlanVersionService(db, q.clock).issue(q.planId, "12", LocalDate.of(2026, 1, 5), signed);

        SignedOriginal o = service.ofPlan(q.planId).orElseThrow();
        assertThat(o.number()).isEqualTo("12");
        assertThat(Files.readAllBytes(service.file(o))).isEqualTo(Files.readAllBytes(signed));
        var info = db.read(store -> PlanVersionService.versionInfo(store, store.plans().get(q.planId)));
        assertThat(info.issue().signedFile()).isEqualTo("ke-hoach-12.pdf");
        assertThat(info.issue().signedSha256()).isEqualTo(o.sha256());
    }

    @Test
    void theReportPackageCarriesThePeriodsSignedPdfInsteadOfAnUnsignedOne() throws Exception {
        long periodId = q.quarter.period().id();
        Path signed = signedPdf("bao-cao-quy-1");
        service.recordForPeriod(periodId, "25/BC-UBND", LocalDate.of(2026, 4, 10), signed);
        ReportPackageService packages = new ReportPackageService(db, q.clock);

        ReportPackage pkg = packages.build(periodId, dir.resolve("gui"));

        assertThat(pkg.pdfs()).hasSize(1);
        Path pdf = pkg.pdfs().getFirst();
        assertThat(pdf.getFileName().toString()).isEqualTo(pkg.folder().getFileName() + ".pdf");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(Files.readAllBytes(signed));
        List<String> zipped = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(pkg.zip()))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zipped.add(e.getName());
                if (e.getName().endsWith(".pdf")) {
                    assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(signed));
                }
            }
        }
        assertThat(zipped).contains(pkg.folder().getFileName() + "/" + pdf.getFileName());
        assertThat(service.check(pdf).signers()).containsExactly(SIGNER);
        // The draft says the attached PDF is the signed original, not that a stamped paper copy follows by post.
        String body;
        try (java.io.InputStream in = Files.newInputStream(pkg.eml())) {
            var mail = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    in);
            body = (String) ((jakarta.mail.internet.MimeMultipart) mail.getContent()).getBodyPart(0).getContent();
        }
        assertThat(body).contains("bản PDF đã ký số đính kèm").contains("đã được ký số, là bản gốc của báo cáo")
                .doesNotContain("đường văn thư");
    }

    @Test
    void withoutASignedOriginalThePackageCarriesTheBuiltInUnsignedPdf() {
        ReportPackage pkg = new ReportPackageService(db, q.clock)
                .build(q.quarter.period().id(), dir.resolve("gui"));

        assertThat(pkg.pdfs()).hasSize(1);
        assertThat(service.check(pkg.pdfs().getFirst()).signers()).isEmpty();
    }
}
