package vn.kehoachxa.ui.planfile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.common.FileChooserPort;

class MenuExportUiTest {
    @TempDir
    Path dataDir;
    @TempDir
    Path exportDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void wordExcelPlanFileAndPdfExportedFromTheMenuLandUnderTheirDefaultNames() throws Exception {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        ComboBox<PlanSummary> switcher = app.waitFor("#planSwitcher");
        app.until(() -> switcher.getValue() != null);
        app.fx(() -> app.app().context().setFileChooser(FileChooserPort.fixedFolder(exportDir)));

        Path word = export("Xuất Word…", "menu-export-1-word-done");
        assertThat(word.getFileName().toString()).isEqualTo("KH-UBND-Muong-La.docx");
        try (InputStream in = Files.newInputStream(word); XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            assertThat(text.getText()).contains("XÃ MƯỜNG LA").contains("KẾ HOẠCH").contains("Nơi nhận");
        }

        Path excel = export("Xuất Excel phụ lục…", "menu-export-2-excel-done");
        assertThat(excel.getFileName().toString()).isEqualTo("KH-UBND-Muong-La-phu-luc.xlsx");
        try (InputStream in = Files.newInputStream(excel); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(2);
            String cells = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(book).getText();
            assertThat(cells).contains("PHÂN CÔNG").contains("Trạm Y tế");
        }

        Path planFile = export("Xuất tệp kế hoạch…", "menu-export-3-planfile-done");
        assertThat(PlanFiles.read(planFile).plan().communeName()).isEqualTo("xã Mường La");

        Path pdf = export("Xuất PDF để ký số…", "menu-export-4-pdf-done");
        assertThat(pdf.getFileName().toString()).isEqualTo("KH-UBND-Muong-La.pdf");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("KẾ HOẠCH").contains("Nơi nhận");
            // Laid out for signing: the signer tool finds an empty field between the title and the name.
            assertThat(doc.getDocumentCatalog().getAcroForm().getField("ChuKyNguoiKy"))
                    .isInstanceOf(PDSignatureField.class);
        }
    }

    /**
     * Runs Tệp → {@code item}, passes the warning that the plan mixes accent styles, waits for the progress to end
     * and the "done" dialog, closes it; returns the file.
     */
    private Path export(String item, String screenshot) {
        app.clickOn("Tệp").clickOn(item);
        DialogPane warning = app.waitFor("#toneExportWarning");
        assertThat(warning.getContentText()).contains("khoẻ/khỏe");
        app.clickOn("Vẫn xuất");
        DialogPane done = app.waitFor("#exportDone");
        app.until(() -> !app.lookup("#activityProgress").query().isVisible());
        Path file = Path.of(done.getContentText().replaceFirst("^Đã lưu tệp ", "").replaceFirst("\\.$", ""));
        assertThat(file).isRegularFile().hasParent(exportDir);
        app.screenshotOf(screenshot, done);
        ButtonType closeType = done.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        assertThat(closeType.getText()).isEqualTo("Đóng");
        Node close = done.lookupButton(closeType);
        app.clickOn(close);
        app.until(() -> app.lookup("#exportDone").tryQuery().isEmpty());
        return file;
    }
}
