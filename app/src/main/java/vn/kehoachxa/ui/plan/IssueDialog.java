package vn.kehoachxa.ui.plan;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.common.FileChooserPort;

/** Ban hành: asks for the number, the date and (optionally) the signed file of the plan being issued. */
final class IssueDialog {
    /** What the official entered; {@code signedFile} null when none was chosen. */
    record Input(String number, LocalDate date, Path signedFile) {
    }

    private IssueDialog() {
    }

    /** The dialog, filled with what the plan already has (number, date); build and show on the FX thread. */
    static Dialog<Input> create(Window owner, Plan plan, FileChooserPort files, LocalDate today) {
        Dialog<Input> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("version.issue.title"));
        dialog.setHeaderText(Texts.get("version.issue.header"));
        dialog.getDialogPane().setId("issueDialog");
        TextField number = new TextField(plan.number() == null ? "" : plan.number());
        number.setId("issueNumber");
        number.setPrefColumnCount(6);
        Label symbol = new Label(plan.family() == vn.kehoachxa.domain.plan.DocumentFamily.PARTY
                ? "-" + plan.symbol() : "/" + plan.symbol());
        DatePicker date = DateFields.vietnamese(new DatePicker(plan.issueDate() == null ? today : plan.issueDate()));
        date.setId("issueDate");
        TextField signed = new TextField();
        signed.setId("issueSigned");
        signed.setPromptText(Texts.get("version.issue.signedPrompt"));
        signed.setPrefColumnCount(28);
        Button browse = new Button(Texts.get("version.issue.browse"));
        browse.setOnAction(e -> files.open(dialog.getDialogPane().getScene().getWindow(),
                new FileChooserPort.Request(Texts.get("version.issue.signedTitle"), Texts.get("version.issue.pdf"),
                        "*.pdf", null, null)).ifPresent(p -> signed.setText(p.toString())));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("planinfo.number"), new HBox(6, number, symbol));
        grid.addRow(1, label("planinfo.date"), date);
        grid.addRow(2, label("version.issue.signed"), new HBox(6, signed, browse));
        browse.setMinWidth(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(grid);
        ButtonType issue = new ButtonType(Texts.get("version.issue.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(issue,
                new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(issue).disableProperty().bind(number.textProperty().isEmpty()
                .or(date.valueProperty().isNull()));
        dialog.setResultConverter(b -> b == issue ? new Input(number.getText().strip(), date.getValue(),
                Optional.of(signed.getText().strip()).filter(s -> !s.isEmpty()).map(Path::of).orElse(null))
                : null);
        return dialog;
    }

    private static Label label(String key) {
        Label l = new Label(Texts.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
