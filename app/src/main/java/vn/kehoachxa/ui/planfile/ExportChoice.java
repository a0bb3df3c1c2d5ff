package vn.kehoachxa.ui.planfile;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;

/** Tệp › Xuất… (Ctrl+E): asks which of the three exports to make; empty when the official cancels. */
public final class ExportChoice {
    private ExportChoice() {
    }

    /** Asks over {@code owner}; the text size and theme come from {@code Appearance}, like every window. */
    public static Optional<ExportKind> ask(Window owner) {
        ButtonType word = button("export.choose.word");
        ButtonType excel = button("export.choose.excel");
        ButtonType planFile = button("export.choose.planFile");
        ButtonType pdf = button("export.choose.pdf");
        Map<ButtonType, ExportKind> kinds = Map.of(word, ExportKind.WORD, excel, ExportKind.EXCEL,
                pdf, ExportKind.PDF, planFile, ExportKind.PLAN_FILE);
        Alert choice = Dialogs.alert(Alert.AlertType.CONFIRMATION, Texts.get("export.choose.text"),
                word, excel, pdf, planFile, Buttons.CANCEL);
        choice.initOwner(owner);
        choice.getDialogPane().setId("exportChoice");
        return choice.showAndWait().map(kinds::get);
    }

    private static ButtonType button(String key) {
        return new ButtonType(Texts.get(key), ButtonBar.ButtonData.LEFT);
    }
}
