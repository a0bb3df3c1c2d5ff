package vn.kehoachxa.ui.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.report.UpwardStatus;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Hạn gửi báo cáo lên tỉnh: whether the period's report went upward, and the province's deadline it is measured
 * against, which the official sets, changes or clears (then the units' due date stands in); each change is saved at
 * once and the status line follows.
 */
final class ProvinceDeadlinePane extends VBox {
    private final AppContext ctx;
    private final PeriodicReportService reports;
    private final Label status = new Label();
    private final DatePicker due = new DatePicker();
    private final Label fromUnits = new Label(Texts.get("reportui.provinceDue.fromUnits"));
    private final Button useUnits = new Button(Texts.get("reportui.provinceDue.useUnits"));
    private final HBox row = new HBox(8);
    private Long periodId;
    private Deadline shown;
    private boolean showing;

    ProvinceDeadlinePane(AppContext ctx, PeriodicReportService reports) {
        super(4);
        this.ctx = ctx;
        this.reports = reports;
        status.setId("upwardLabel");
        status.setWrapText(true);
        Label label = new Label(Texts.get("reportui.provinceDue.label"));
        label.setLabelFor(due);
        due.setId("provinceDeadline");
        DateFields.vietnamese(due);
        due.getStyleClass().add("date-field");
        due.setTooltip(new Tooltip(Texts.get("reportui.provinceDue.tooltip")));
        fromUnits.setId("provinceDeadlineHint");
        fromUnits.getStyleClass().add("muted");
        useUnits.setId("provinceDeadlineClear");
        for (var node : List.of(fromUnits, useUnits)) {
            node.managedProperty().bind(node.visibleProperty());
        }
        useUnits.setOnAction(e -> {
            due.requestFocus(); // the button hides once cleared; focus stays on the deadline, not the next field
            save(null);
        });
        due.valueProperty().addListener((obs, old, now) -> changed(now));
        row.getChildren().addAll(label, due, fromUnits, useUnits);
        row.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(status, row);
        show(null);
    }

    /** Shows the period's status and deadline (read off the FX thread); null shows nothing. */
    void show(Long period) {
        periodId = period;
        shown = null;
        row.setDisable(period == null);
        showing = true;
        due.setValue(null);
        showing = false;
        status.setText("");
        fromUnits.setVisible(false);
        useUnits.setVisible(false);
        refresh();
    }

    /** Reads the chosen period's status again, e.g. after its report was sent. */
    void refresh() {
        Long id = periodId;
        if (id != null) {
            Tasks.create(() -> read(id)).onSuccess(d -> showIfCurrent(id, d)).onError(ErrorDialog::show)
                    .runOn(ctx.executor());
        }
    }

    private void changed(LocalDate now) {
        if (showing || periodId == null) {
            return;
        }
        String typed = due.getEditor().getText();
        if (now == null && typed != null && !typed.isBlank()) {
            // Text the field cannot read gives no date: keep the deadline shown rather than clear it by a typo.
            Deadline keep = shown;
            Platform.runLater(() -> showIfCurrent(periodId, keep));
            return;
        }
        save(now);
    }

    /** Stores {@code date} as the province's deadline (null: none, the units' due date stands in), then re-reads. */
    private void save(LocalDate date) {
        long id = periodId;
        Tasks.create(() -> {
            reports.setUpwardDueDate(id, date);
            return read(id);
        }).onSuccess(d -> showIfCurrent(id, d)).onError(e -> {
            ErrorDialog.show(e);
            refresh();
        }).runOn(ctx.executor());
    }

    private Deadline read(long id) {
        return new Deadline(reports.upwardStatus(id), reports.upwardDueDate(id).orElse(null));
    }

    private void showIfCurrent(Long id, Deadline d) {
        if (d == null || !Objects.equals(id, periodId)) {
            return;
        }
        shown = d;
        UpwardStatus s = d.status();
        showing = true;
        due.setValue(s.upwardDue());
        due.getEditor().setText(DateFields.converter().toString(s.upwardDue()));
        showing = false;
        fromUnits.setVisible(d.separate() == null);
        useUnits.setVisible(d.separate() != null);
        String sent = s.sentAt() == null ? "" : VietnameseDates.shortDate(s.sentAt().toLocalDate());
        status.setText(Texts.get("reportui.upward." + s.state().name(), sent,
                VietnameseDates.shortDate(s.upwardDue()), s.sentTo() == null ? "" : s.sentTo(),
                String.valueOf(Math.abs(s.daysLeft()))));
    }

    /** The status of a period and the province's own deadline for it (null when none was set). */
    private record Deadline(UpwardStatus status, LocalDate separate) {
    }
}
