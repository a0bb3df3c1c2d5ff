package vn.kehoachxa.ui.collectorimport;

import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;

/** The small form that adds or edits one commune: code, name, province (the collector's by default). */
final class CommuneForm {
    private CommuneForm() {
    }

    /** Asks for a commune, starting from {@code start} (null: a new one); empty when cancelled. */
    static Optional<ProvinceCommune> ask(Window owner, ProvinceCommune start, String province) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get(start == null ? "communelistui.add.title" : "communelistui.edit.title"));
        TextField code = new TextField(start == null ? "" : start.code());
        TextField name = new TextField(start == null ? "" : start.name());
        TextField prov = new TextField(start == null ? province : start.province());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, label("communelistui.column.code", code), code);
        grid.addRow(1, label("communelistui.column.name", name), name);
        grid.addRow(2, label("communelistui.column.province", prov), prov);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(Buttons.OK, Buttons.CANCEL);
        while (true) {
            Optional<ButtonType> answer = dialog.showAndWait();
            if (answer.isEmpty() || answer.get() != Buttons.OK) {
                return Optional.empty();
            }
            try {
                return Optional.of(new ProvinceCommune(code.getText().strip(), name.getText().strip(),
                        prov.getText().strip()));
            } catch (IllegalArgumentException e) {
                Dialogs.alert(javafx.scene.control.Alert.AlertType.WARNING, Texts.get("communelistui.form.bad"))
                        .showAndWait();
            }
        }
    }

    private static Label label(String key, TextField field) {
        Label label = new Label(Texts.get(key) + ":");
        label.setLabelFor(field);
        return label;
    }
}
