package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.export.pdf.SignatureFields;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.SelfSignedPdf;
import vn.kehoachxa.testsupport.TestPdfs;

/**
 * "Đã ký số…" on Thông tin kế hoạch (a signed PDF, then Ctrl+Z) and on Báo cáo kỳ (a PDF without a signature, which
 * the official confirms).
 */
class SignedOriginalUiTest {
    private static final String SIGNER = "Lò Văn Minh";

    @TempDir
    Path dataDir;
    @TempDir
    Path files;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void theOfficialRecordsTheSignedPlanAndAnUnsignedReportAndUndoesThePlanOne() throws Exception {
        long planId = AppDriver.seedMuongLa(dataDir);
        try (Database db = Database.open(dataDir)) {
            new ReportingService(db).generatePeriods(planId);
            new PlanVersionService(db).issue(planId, "12", LocalDate.of(2026, 1, 5), null);
        }
        Path unsigned = TestPdfs.drawnPdfA(files.resolve("ke-hoach-chua-ky.pdf"), List.of("T/M ỦY BAN NHÂN DÂN",
                "CHỦ TỊCH"), SIGNER, 100);
        SignatureFields.addAtSigner(unsigned, unsigned, new Signer(null, null, "Chủ tịch", SIGNER), true);
        Path signed = SelfSignedPdf.sign(unsigned, files.resolve("ke-hoach-12.pdf"), SIGNER, files);

        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        Label signedLabel = app.waitFor("#signedLabel");
        app.until(() -> signedLabel.getText().startsWith("Chưa ghi nhận bản ký số"));

        app.clickOn("#signedButton");
        DialogPane dialog = fill("#signedDialog", signed, null);
        assertThat(((TextField) dialog.lookup("#signedNumber")).getText()).isEqualTo("12");
        app.screenshotOf("signed-1-dialog", dialog);
        app.clickOn(ok(dialog));
        app.until(() -> signedLabel.getText().contains("ký bởi " + SIGNER));
        assertThat(signedLabel.getText()).contains("số 12 ngày 05/01/2026");
        assertThat(app.app().workspace().signedOriginals().ofPlan(planId)).isPresent();
        app.screenshot("signed-2-plan-recorded");

        app.clickOn("#issueBannerText");
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> signedLabel.getText().startsWith("Chưa ghi nhận bản ký số"));
        assertThat(app.app().workspace().signedOriginals().ofPlan(planId)).isEmpty();

        app.navigate("Báo cáo kỳ");
        ComboBox<PeriodOverview> periods = app.waitFor("#periodBox");
        app.until(() -> periods.getValue() != null);
        long periodId = periods.getValue().period().id();
        app.clickOn("#signedReportButton");
        DialogPane reportDialog = fill("#signedDialog", unsigned, "25/BC-UBND");
        app.clickOn(ok(reportDialog));
        DialogPane warning = app.waitFor("#signedUnsignedAlert");
        assertThat(((Label) warning.lookup(".content")).getText()).contains("không có chữ ký số");
        app.screenshotOf("signed-3-no-signature-warning", warning);
        app.clickOn(ok(warning));
        Label status = app.waitFor("#signedReportStatus");
        app.until(() -> status.getText().contains("không có chữ ký số"));
        assertThat(status.getText()).contains("25/BC-UBND");
        assertThat(app.app().workspace().signedOriginals().ofPeriod(periodId)).isPresent();
        app.screenshot("signed-4-report-recorded");
    }

    private DialogPane fill(String id, Path file, String number) {
        DialogPane dialog = app.waitFor(id);
        app.fx(() -> {
            ((TextField) dialog.lookup("#signedFile")).setText(file.toString());
            if (number != null) {
                ((TextField) dialog.lookup("#signedNumber")).setText(number);
            }
        });
        return dialog;
    }

    private static Node ok(DialogPane dialog) {
        return dialog.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(dialog::lookupButton).findFirst().orElseThrow();
    }
}
