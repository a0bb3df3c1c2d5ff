package vn.kehoachxa.ui.units;

import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.StringConverter;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.edit.UnitUsage;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.ui.common.WrappingLabel;

/**
 * Asked to delete a unit that is used somewhere: says where (counts per place) and offers to merge it into another
 * unit, or to stop using it, instead of deleting what refers to it. The pane is {@code #unitInUse}, its text
 * {@code #unitInUseText}, the target {@code #inUseMergeTarget}, the buttons {@code #inUseMerge},
 * {@code #inUseDeactivate} and {@code #inUseClose}.
 */
final class UnitInUseDialog {
    /** What the user chose: merge into {@code into}, deactivate, or nothing. */
    record Choice(Action action, Unit into) {
    }

    /** The ways out of the dialog. */
    enum Action { MERGE, DEACTIVATE }

    private UnitInUseDialog() {
    }

    /** Shows the dialog for {@code unit} used as {@code usage}; {@code others} are the units it may merge into. */
    static Optional<Choice> ask(Window owner, Unit unit, UnitUsage usage, List<Unit> others) {
        ButtonType merge = new ButtonType(Texts.get("units.inUse.merge"), ButtonBar.ButtonData.OK_DONE);
        ButtonType deactivate = new ButtonType(Texts.get("units.inUse.deactivate"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Texts.get("units.inUse.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert ask = new Alert(Alert.AlertType.WARNING, "", merge, deactivate, close);
        Label text = new WrappingLabel();
        text.setId("unitInUseText");
        text.setText(usage.describe() + "\n\n" + Texts.get("units.inUse.offer"));
        text.setPrefWidth(460);
        ComboBox<Unit> target = new ComboBox<>();
        target.setId("inUseMergeTarget");
        target.getItems().setAll(others);
        target.setConverter(new StringConverter<>() {
            @Override
            public String toString(Unit u) {
                return u == null ? "" : u.name();
            }

            @Override
            public Unit fromString(String s) {
                return null;
            }
        });
        HBox row = new HBox(8, new Label(Texts.get("units.inUse.mergeInto")), target);
        ask.getDialogPane().setContent(new VBox(12, text, row));
        ask.initOwner(owner);
        ask.setTitle(Texts.get("units.inUse.title"));
        ask.setHeaderText(null);
        ask.getDialogPane().setId("unitInUse");
        Node mergeButton = ask.getDialogPane().lookupButton(merge);
        mergeButton.setId("inUseMerge");
        mergeButton.disableProperty().bind(target.valueProperty().isNull());
        Node deactivateButton = ask.getDialogPane().lookupButton(deactivate);
        deactivateButton.setId("inUseDeactivate");
        deactivateButton.setDisable(!unit.active());
        ask.getDialogPane().lookupButton(close).setId("inUseClose");
        return ask.showAndWait().flatMap(b -> b == merge ? Optional.of(new Choice(Action.MERGE, target.getValue()))
                : b == deactivate ? Optional.of(new Choice(Action.DEACTIVATE, null)) : Optional.empty());
    }
}
