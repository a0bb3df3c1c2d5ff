package vn.kehoachxa.ui.plan;

import java.nio.file.Path;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.VersionDiff;
import vn.kehoachxa.domain.plan.VersionReport;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.ui.common.Tasks;

/** So sánh phiên bản: the changes between two versions, one per line, and a button to write them to Word. */
final class ComparisonDialog {
    private ComparisonDialog() {
    }

    /** Shows {@code diff}; FX thread. */
    static Alert create(Window owner, AppContext ctx, PlanVersionService versions, VersionDiff diff) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "",
                new ButtonType(Texts.get("version.compare.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.setTitle(Texts.get("version.compare.title"));
        alert.getDialogPane().setId("comparisonDialog");
        alert.setHeaderText(Texts.get("diff.between", VersionReport.describe(diff.from()),
                VersionReport.describe(diff.to())));
        TextArea text = new TextArea(String.join("\n", VersionReport.lines(diff).subList(1,
                VersionReport.lines(diff).size())));
        text.setId("comparisonText");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(18);
        text.setPrefColumnCount(70);
        Button word = new Button(Texts.get("version.compare.word"));
        word.setId("comparisonWord");
        word.setOnAction(e -> ctx.fileChooser().save(alert.getDialogPane().getScene().getWindow(),
                new FileChooserPort.Request(Texts.get("version.compare.word"), "Word", "*.docx", null,
                        Texts.get("version.compare.fileName") + ".docx"))
                .ifPresent(target -> export(ctx, versions, diff, target, text)));
        alert.getDialogPane().setContent(new VBox(8, text, word));
        alert.setResizable(true);
        return alert;
    }

    private static void export(AppContext ctx, PlanVersionService versions, VersionDiff diff, Path target,
                               TextArea text) {
        Tasks.run(() -> versions.exportComparison(diff, target))
                .onSuccess(v -> text.appendText("\n\n" + Texts.get("version.compare.written", target)))
                .runOn(ctx.fileExecutor());
    }
}
