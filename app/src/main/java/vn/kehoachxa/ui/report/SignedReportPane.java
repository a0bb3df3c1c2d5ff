package vn.kehoachxa.ui.report;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.service.SignedOriginalService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.SignedOriginalAction;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Bản ký số of the chosen period's report: what is recorded, and "Đã ký số…" to record the PDF the signer tool
 * returned (decision 0030); the report package then carries it instead of an unsigned PDF.
 */
final class SignedReportPane extends HBox {
    private final AppContext ctx;
    private final SignedOriginalService signed;
    private final Supplier<String> number;
    private final Supplier<LocalDate> date;
    private final Label status = new Label();
    private final Button record = new Button(Texts.get("signed.button"), new FontIcon("mdi2f-file-sign"));
    private Long periodId;
    private String periodName;

    /** {@code number} and {@code date} give the report's number and date as the screen shows them. */
    SignedReportPane(AppContext ctx, SignedOriginalService signed, Supplier<String> number, Supplier<LocalDate> date) {
        super(8);
        this.ctx = ctx;
        this.signed = signed;
        this.number = number;
        this.date = date;
        setId("signedReport");
        setAlignment(Pos.CENTER_LEFT);
        status.setId("signedReportStatus");
        status.setWrapText(true);
        status.setMaxWidth(420);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        record.setId("signedReportButton");
        record.setMinWidth(Region.USE_PREF_SIZE);
        record.setOnAction(e -> ask());
        getChildren().addAll(record, status);
        show(null, null);
    }

    /** Shows period {@code id} named {@code name} (null: none chosen). */
    void show(Long id, String name) {
        periodId = id;
        periodName = name;
        status.setText("");
        record.setDisable(id == null);
        if (id != null) {
            Tasks.create(() -> signed.ofPeriod(id)).onSuccess(o -> {
                if (Objects.equals(periodId, id)) {
                    status.setText(o.map(SignedOriginalAction::describe).orElse(""));
                }
            }).onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    private void ask() {
        Long id = periodId;
        if (id == null) {
            return;
        }
        SignedOriginalAction.run(ctx, signed, getScene().getWindow(), Texts.get("signed.whatReport", periodName),
                number.get(), date.get() == null ? LocalDate.now() : date.get(),
                (n, d, file) -> signed.recordForPeriod(id, n, d, file), text -> {
                    if (Objects.equals(periodId, id)) {
                        status.setText(text);
                    }
                });
    }
}
