package vn.kehoachxa.ui.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.Recipient;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.testsupport.AppDriver;

class PlanInfoFormUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void listsRuleAndAppendixEditsAreSavedAtOnceAndCtrlZUndoesTheLast() {
        long planId = AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Thông tin kế hoạch");
        ListView<String> basis = app.waitFor("#basisList");
        app.until(() -> basis.getItems().size() >= 2);
        int basisCount = basis.getItems().size();
        String last = basis.getItems().getLast();

        app.fx(() -> basis.getSelectionModel().selectLast());
        press("#basisUp");
        app.until(() -> basis.getItems().get(basisCount - 2).equals(last));

        ListView<Recipient> recipients = app.lookup("#recipientsList").query();
        app.fx(() -> recipients.getSelectionModel().clearSelection());
        app.fx(() -> {
            ((TextField) app.lookup("#recipientNameField").query()).setText("Sở Y tế tỉnh Sơn La");
            ((TextField) app.lookup("#recipientNoteField").query()).setText("(để báo cáo)");
        });
        press("#recipientsAdd");
        app.until(() -> recipients.getItems().getLast().name().equals("Sở Y tế tỉnh Sơn La"));

        CheckBox quarterly = app.lookup("#ruleQuarterly").query();
        app.fx(quarterly::fire);
        TextField day = app.lookup("#ruleDay").query();
        app.fx(() -> day.requestFocus());
        app.fx(() -> day.setText("35"));
        app.fx(() -> app.lookup("#ruleYearly").query().requestFocus());
        app.fx(() -> ((ScrollPane) app.lookup(".screen-scroll").query()).setVvalue(0.75));
        app.screenshot("planinfo-form-1-invalid-day");
        app.fx(() -> day.requestFocus());
        app.fx(() -> day.setText("15"));
        app.fx(() -> app.lookup("#ruleYearly").query().requestFocus());
        Label preview = app.lookup("#rulePreview").query();
        app.until(() -> preview.getText().contains("13/3/2026"));

        CheckBox printIndicators = app.lookup("#appendixIndicatorsPrinted").query();
        boolean wasPrinted = printIndicators.isSelected();
        app.fx(() -> ((ScrollPane) app.lookup(".screen-scroll").query()).setVvalue(1.0));
        app.fx(printIndicators::fire);
        app.until(() -> ((Label) app.lookup("#savedLabel").query()).getText().contains("phụ lục"));
        app.screenshot("planinfo-form-2-lower-half");

        // Ctrl+Z with focus in a field that has nothing of its own to undo reaches the screen: the appendix edit.
        TextField title = app.lookup("#appendixTasksTitle").query();
        app.fx(title::requestFocus);
        app.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        app.until(() -> printIndicators.isSelected() == wasPrinted);
        app.fx(() -> ((ScrollPane) app.lookup(".screen-scroll").query()).setVvalue(0.0));
        app.screenshot("planinfo-form-3-top");
        app.stop();
        app = null;

        try (Database db = Database.open(dataDir)) {
            PlanDocument doc = new PlanService(db).load(planId);
            assertThat(doc.basisDocuments().get(basisCount - 2)).isEqualTo(last);
            assertThat(doc.recipients().getLast()).isEqualTo(new Recipient("Sở Y tế tỉnh Sơn La", "(để báo cáo)"));
            assertThat(doc.plan().reportingRule().deadlineDay()).isEqualTo(15);
            assertThat(doc.plan().reportingRule().quarterly()).isTrue();
            assertThat(doc.appendix(TableKind.INDICATORS).printed()).isEqualTo(wasPrinted);
        }
    }

    /** Presses a button below the fold (a robot click would land outside the window). */
    private void press(String query) {
        javafx.scene.control.Button button = app.lookup(query).query();
        app.fx(button::fire);
    }
}
