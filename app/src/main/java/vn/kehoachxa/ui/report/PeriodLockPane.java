package vn.kehoachxa.ui.report;

import java.time.format.DateTimeFormatter;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.PeriodLock;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.NoteDialog;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Khóa số liệu: whether the chosen period's figures are locked because its report was sent, "Mở lại kỳ…" (asks
 * for the reason, decision 0027) and "Lịch sử…" (who sent, reopened and accepted what, when and why).
 */
final class PeriodLockPane extends HBox {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AppContext ctx;
    private final ReportingService reporting;
    private final Label status = new Label();
    private final Button reopen = new Button(Texts.get("lockui.reopen"),
            new FontIcon("mdi2l-lock-open-variant-outline"));
    private final Button history = new Button(Texts.get("lockui.history"), new FontIcon("mdi2h-history"));
    private Long periodId;
    private String periodName;

    PeriodLockPane(AppContext ctx, ReportingService reporting) {
        super(8);
        this.ctx = ctx;
        this.reporting = reporting;
        setId("periodLock");
        setAlignment(Pos.CENTER_LEFT);
        status.setId("lockStatus");
        status.setWrapText(true);
        // It sits in the screen's row of buttons: a locked period's sentence wraps beside them; a period never sent
        // says nothing here (the line above already says it was not sent), so the row keeps only "Lịch sử…".
        status.setMaxWidth(520);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        HBox.setHgrow(status, Priority.ALWAYS);
        reopen.setId("reopenButton");
        history.setId("historyButton");
        reopen.managedProperty().bind(reopen.visibleProperty());
        // The status sentence wraps; the buttons keep their whole labels.
        reopen.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        history.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        reopen.setOnAction(e -> askReopen());
        history.setOnAction(e -> showHistory());
        getChildren().addAll(status, reopen, history);
        show(null, null);
    }

    /** Shows the lock of period {@code id} named {@code name} (null: none chosen). */
    void show(Long id, String name) {
        periodId = id;
        periodName = name;
        status.setText("");
        reopen.setVisible(false);
        history.setDisable(id == null);
        refresh();
    }

    /** Reads the lock again, e.g. after the report was sent. */
    void refresh() {
        Long id = periodId;
        if (id != null) {
            Tasks.create(() -> reporting.lock(id)).onSuccess(lock -> showIfCurrent(id, lock))
                    .onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    private void showIfCurrent(Long id, PeriodLock lock) {
        if (!Objects.equals(id, periodId)) {
            return;
        }
        String sent = lock.sentAt() == null ? "" : VietnameseDates.shortDate(lock.sentAt().toLocalDate());
        status.setText(lock.locked() ? Texts.get("lockui.locked", sent)
                : lock.sentAt() != null ? Texts.get("lockui.reopened", sent) : "");
        reopen.setVisible(lock.locked());
    }

    private void askReopen() {
        Long id = periodId;
        if (id == null) {
            return;
        }
        NoteDialog.ask(getScene().getWindow(), "reopenDialog", Texts.get("lockui.reopen.header", periodName),
                Texts.get("lockui.reopen.prompt"), Texts.get("lockui.reopen.confirm")).ifPresent(reason ->
                Tasks.create(() -> reporting.reopen(id, reason)).onSuccess(lock -> showIfCurrent(id, lock))
                        .onError(ErrorDialog::show).runOn(ctx.executor()));
    }

    private void showHistory() {
        Long id = periodId;
        if (id != null) {
            String name = periodName;
            Tasks.create(() -> reporting.history(id)).onSuccess(events -> PeriodHistoryDialog
                    .build(getScene().getWindow(), name, events).show()).onError(ErrorDialog::show)
                    .runOn(ctx.executor());
        }
    }

    /** "14:05 30/03/2026". */
    static String stamp(PeriodEvent e) {
        return STAMP.format(e.at());
    }
}
