package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDField;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.export.pdf.SignatureFields;
import vn.kehoachxa.testsupport.TestPdfs;
import vn.kehoachxa.testsupport.TestPlans;

/** The PDF for signing as the menu and the CLI write it: rendered, then given its empty signature fields. */
class SigningPdfsTest {
    @TempDir
    Path dir;

    @Test
    void thePlanGetsTheSignersAndTheBodysFieldsAndEachSeparateAppendixTheBodysFieldStillPdfA() throws Exception {
        List<Path> files = PlanExportService.toPdf(TestPlans.muongLa(), dir.resolve("KH.pdf"), true, true);

        assertThat(files).hasSizeGreaterThan(1);
        assertThat(fields(files.getFirst()))
                .containsExactlyInAnyOrder(SignatureFields.SIGNER_FIELD, SignatureFields.BODY_FIELD);
        for (Path appendix : files.subList(1, files.size())) {
            assertThat(fields(appendix)).containsExactly(SignatureFields.BODY_FIELD);
        }
        for (Path file : files) {
            assertThat(TestPdfs.pdfA2bFailures(file)).as(file.getFileName().toString()).isEmpty();
        }
    }

    @Test
    void withoutTheOptionOrWithoutAPrintedSignerThePdfHasNoFieldsAndIsStillWritten() throws Exception {
        Path plain = PlanExportService.toPdf(TestPlans.muongLa(), dir.resolve("plain.pdf"), false, false).getFirst();
        assertThat(fields(plain)).isEmpty();

        PlanDocument doc = TestPlans.muongLa();
        PlanDocument unsigned = new PlanDocument(withSigner(doc.plan(), Signer.empty()), doc.basisDocuments(),
                doc.sections(), doc.recipients(), doc.units(), doc.indicatorGroups(), doc.targetGroups(),
                doc.taskGroups(), doc.appendices());
        Path draft = PlanExportService.toPdf(unsigned, dir.resolve("draft.pdf"), false, true).getFirst();
        assertThat(draft).isRegularFile();
        assertThat(fields(draft)).isEmpty();
    }

    /** {@code plan} with {@code signer}: the record rebuilt through its canonical constructor. */
    private static Plan withSigner(Plan plan, Signer signer) throws Exception {
        RecordComponent[] parts = Plan.class.getRecordComponents();
        Object[] values = new Object[parts.length];
        Class<?>[] types = new Class<?>[parts.length];
        for (int i = 0; i < parts.length; i++) {
            types[i] = parts[i].getType();
            values[i] = parts[i].getName().equals("signer") ? signer : parts[i].getAccessor().invoke(plan);
        }
        return Plan.class.getDeclaredConstructor(types).newInstance(values);
    }

    private static List<String> fields(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDAcroForm form = doc.getDocumentCatalog().getAcroForm();
            if (form == null) {
                return List.of();
            }
            return form.getFields().stream().filter(f -> f instanceof PDSignatureField)
                    .map(PDField::getPartialName).toList();
        }
    }
}
