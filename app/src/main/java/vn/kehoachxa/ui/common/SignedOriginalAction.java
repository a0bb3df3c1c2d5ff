package vn.kehoachxa.ui.common;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
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
import vn.kehoachxa.domain.signing.SignedOriginal;
import vn.kehoachxa.service.SignedOriginalService;
import vn.kehoachxa.service.edit.Change;

/**
 * "Đã ký số…" (decision 0030), shared by Thông tin kế hoạch and Báo cáo kỳ: asks for the PDF the signer tool returned
 * and the document's number and date, reads the file's signatures on the file executor, asks the official to confirm
 * when it carries none, then records it on the ordered executor as one undoable edit of the plan-wide history.
 */
public final class SignedOriginalAction {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Records the chosen file (a service call, run on the ordered executor). */
    @FunctionalInterface
    public interface Recorder {
        /** Records {@code file} under {@code number} and {@code date}. */
        SignedOriginal record(String number, LocalDate date, Path file);
    }

    private SignedOriginalAction() {
    }

    /** What the official entered. */
    record Input(Path file, String number, LocalDate date) {
    }

    /**
     * Runs the action for {@code what} ("Kế hoạch số 12/KH-UBND…"), with the number and date fields filled with
     * {@code number} and {@code date}; {@code done} gets the sentence to show once recorded (on the FX thread).
     */
    public static void run(AppContext ctx, SignedOriginalService service, Window owner, String what, String number,
                           LocalDate date, Recorder recorder, Consumer<String> done) {
        dialog(owner, ctx.fileChooser(), what, number, date).showAndWait().ifPresent(in ->
                Tasks.create(() -> service.check(in.file())).onSuccess(signatures -> {
                    if (!signatures.signed() && !confirmUnsigned(owner, in.file())) {
                        return;
                    }
                    Tasks.create(() -> {
                        SignedOriginal o = recorder.record(in.number(), in.date(), in.file());
                        ctx.planWideEdits().record(Texts.get("signed.undoName"),
                                Change.of(() -> service.remove(o.id()), () -> service.restore(o)));
                        return o;
                    }).onSuccess(o -> done.accept(describe(o))).onError(ErrorDialog::show).runOn(ctx.executor());
                }).onError(ErrorDialog::show).runOn(ctx.fileExecutor()));
    }

    /** "Bản ký số: số 12/KH-UBND ngày 06/01/2026, ký bởi Lò Văn Minh (ghi nhận 09:00 30/03/2026)". */
    public static String describe(SignedOriginal o) {
        String who = o.signers().stream().filter(s -> !s.isBlank()).reduce((a, b) -> a + ", " + b).orElse("");
        return Texts.get(o.signed() ? (who.isEmpty() ? "signed.shown" : "signed.shownBy") : "signed.shownUnsigned",
                o.number(), DAY.format(o.date()), who,
                DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy").format(o.recordedAt()));
    }

    private static boolean confirmUnsigned(Window owner, Path file) {
        ButtonType record = new ButtonType(Texts.get("signed.unsignedRecord"), ButtonBar.ButtonData.OK_DONE);
        Alert alert = Dialogs.alert(Alert.AlertType.WARNING, Texts.get("signed.unsigned", file.getFileName()),
                record, new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        alert.getDialogPane().setId("signedUnsignedAlert");
        return alert.showAndWait().filter(b -> b == record).isPresent();
    }

    static Dialog<Input> dialog(Window owner, FileChooserPort files, String what, String number, LocalDate date) {
        Dialog<Input> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Texts.get("signed.title"));
        dialog.setHeaderText(Texts.get("signed.header", what));
        dialog.getDialogPane().setId("signedDialog");
        TextField file = new TextField();
        file.setId("signedFile");
        file.setPromptText(Texts.get("signed.filePrompt"));
        file.setPrefColumnCount(28);
        Button browse = new Button(Texts.get("version.issue.browse"));
        browse.setId("signedBrowse");
        browse.setMinWidth(Region.USE_PREF_SIZE);
        browse.setOnAction(e -> files.open(dialog.getDialogPane().getScene().getWindow(),
                new FileChooserPort.Request(Texts.get("signed.fileTitle"), Texts.get("version.issue.pdf"), "*.pdf",
                        null, null)).ifPresent(p -> file.setText(p.toString())));
        TextField numberField = new TextField(number == null ? "" : number);
        numberField.setId("signedNumber");
        numberField.setPrefColumnCount(14);
        DatePicker datePicker = DateFields.vietnamese(new DatePicker(date));
        datePicker.setId("signedDate");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(10);
        grid.addRow(0, label("signed.file"), new HBox(6, file, browse));
        grid.addRow(1, label("signed.number"), numberField);
        grid.addRow(2, label("signed.date"), datePicker);
        Label hint = new Label(Texts.get("signed.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        grid.add(hint, 0, 3, 2, 1);
        dialog.getDialogPane().setContent(grid);
        ButtonType ok = new ButtonType(Texts.get("signed.confirm"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok,
                new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(file.textProperty().isEmpty()
                .or(numberField.textProperty().isEmpty()).or(datePicker.valueProperty().isNull()));
        dialog.setResultConverter(b -> b == ok ? new Input(Path.of(file.getText().strip()),
                numberField.getText().strip(), datePicker.getValue()) : null);
        return dialog;
    }

    private static Label label(String key) {
        Label l = new Label(Texts.get(key));
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }
}
