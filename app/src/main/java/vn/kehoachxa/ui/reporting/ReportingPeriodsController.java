package vn.kehoachxa.ui.reporting;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * Kỳ báo cáo: the plan's periods with due dates and notes, the per-unit status grid of the selected period, forms
 * out into a folder and back in (file chooser or files dropped on the screen) after a preview, and paper reports
 * typed by hand (Nhập báo cáo giấy).
 */
public final class ReportingPeriodsController implements PlanScreen {
    private final AppContext ctx;
    private final ReportingService reporting;
    private final UnitFormService forms;
    private Long planId;

    @FXML private VBox root;
    @FXML private TableView<PeriodOverview> periods;
    @FXML private TableColumn<PeriodOverview, String> periodName;
    @FXML private TableColumn<PeriodOverview, String> periodDue;
    @FXML private TableColumn<PeriodOverview, String> periodReported;
    @FXML private TableColumn<PeriodOverview, String> periodNote;
    @FXML private TableView<UnitReportStatus> grid;
    @FXML private TableColumn<UnitReportStatus, String> unitName;
    @FXML private TableColumn<UnitReportStatus, String> unitRows;
    @FXML private TableColumn<UnitReportStatus, String> unitVersion;
    @FXML private TableColumn<UnitReportStatus, String> unitTimeliness;
    @FXML private Button formsButton;
    @FXML private Button importButton;
    @FXML private Button paperButton;
    @FXML private Label message;

    /** Built by the controller factory. */
    public ReportingPeriodsController(AppContext ctx, ReportingService reporting, UnitFormService forms) {
        this.ctx = ctx;
        this.reporting = reporting;
        this.forms = forms;
    }

    @FXML
    private void initialize() {
        periodName.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        periodDue.setCellValueFactory(c -> new SimpleStringProperty(
                VietnameseDates.shortDate(c.getValue().period().dueDate())));
        periodReported.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().reportedUnits() + "/" + c.getValue().expectedUnits()));
        periodNote.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().period().dueNote()));
        unitName.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().unit().name()));
        unitRows.setCellValueFactory(c -> new SimpleStringProperty(
                Texts.get("reportingui.rows", c.getValue().itemCount(), c.getValue().indicatorCount())));
        unitVersion.setCellValueFactory(c -> new SimpleStringProperty(
                c.getValue().latestVersion() == null ? "" : String.valueOf(c.getValue().latestVersion())));
        unitTimeliness.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().timeliness().label()));
        var size = ctx.textSizeProperty();
        ColumnWidths.atLeast(size, periodName, 9.5);
        ColumnWidths.atLeast(size, periodDue, 6);
        ColumnWidths.atLeast(size, periodReported, 4.5);
        ColumnWidths.atLeast(size, unitName, 9);
        ColumnWidths.atLeast(size, unitRows, 10.5);
        ColumnWidths.atLeast(size, unitVersion, 3.5);
        ColumnWidths.atLeast(size, unitTimeliness, 12);
        ColumnWidths.wrapHeadings(size, List.of(periodName, periodDue, periodReported, periodNote, unitName,
                unitRows, unitVersion, unitTimeliness));
        var selected = periods.getSelectionModel().selectedItemProperty();
        formsButton.disableProperty().bind(selected.isNull());
        importButton.disableProperty().bind(selected.isNull());
        paperButton.disableProperty().bind(selected.isNull()
                .or(grid.getSelectionModel().selectedItemProperty().isNull()));
        selected.addListener((obs, old, now) -> loadGrid(now));
        root.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && selected.get() != null) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        root.setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importFiles(e.getDragboard().getFiles().stream().map(File::toPath).toList());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
    }

    @Override
    public void showPlan(Long planId) {
        this.planId = planId;
        periods.getItems().clear();
        grid.getItems().clear();
        if (planId != null) {
            Tasks.create(() -> reporting.periods(planId)).onSuccess(this::showPeriods).runOn(ctx.executor());
        }
    }

    private void showPeriods(List<PeriodOverview> list) {
        periods.getItems().setAll(list);
        list.stream().filter(p -> p.daysLeft() >= 0).findFirst()
                .ifPresent(p -> periods.getSelectionModel().select(p));
    }

    private void loadGrid(PeriodOverview period) {
        grid.getItems().clear();
        if (period != null) {
            Tasks.create(() -> reporting.statusGrid(period.period().id())).onSuccess(grid.getItems()::setAll)
                    .runOn(ctx.executor());
        }
    }

    @FXML
    private void onGeneratePeriods() {
        // The plan is read here, on the FX thread: the task must not read the field from the executor.
        Long plan = planId;
        if (plan != null) {
            Tasks.create(() -> reporting.generatePeriods(plan)).onSuccess(this::showPeriods).runOn(ctx.executor());
        }
    }

    @FXML
    private void onMakeForms() {
        PeriodOverview period = periods.getSelectionModel().getSelectedItem();
        Path folder = FormFilePicker.current().chooseFolder(root.getScene().getWindow()).orElse(null);
        if (period == null || folder == null) {
            return;
        }
        Tasks.create(() -> forms.generateAll(period.period().id(), folder))
                .onSuccess(files -> message.setText(Texts.get("reportingui.formsMade", files.size(), folder)))
                .runOn(ctx.executor());
    }

    @FXML
    private void onImportForms() {
        List<Path> files = FormFilePicker.current().chooseForms(root.getScene().getWindow());
        if (!files.isEmpty()) {
            importFiles(files);
        }
    }

    /** Nhập báo cáo giấy: the selected unit's report for the selected period, typed from paper or by hand. */
    @FXML
    private void onPaperReport() {
        PeriodOverview period = periods.getSelectionModel().getSelectedItem();
        UnitReportStatus unit = grid.getSelectionModel().getSelectedItem();
        if (period == null || unit == null) {
            return;
        }
        long periodId = period.period().id();
        Tasks.create(() -> new PaperReportForm(periodId, reporting.unitAssignments(periodId, unit.unit().id()),
                reporting.today())).onSuccess(form -> PaperReportDialog.ask(root.getScene().getWindow(), form,
                        period.name()).ifPresent(draft -> Tasks.create(() -> reporting.submit(draft))
                        .onSuccess(saved -> {
                            message.setText(Texts.get("paperui.saved", unit.unit().name(), saved.version()));
                            reloadKeepingSelection(periodId);
                        }).runOn(ctx.executor())))
                .runOn(ctx.executor());
    }

    private void reloadKeepingSelection(long periodId) {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        Tasks.create(() -> reporting.periods(plan)).onSuccess(list -> {
            periods.getItems().setAll(list);
            list.stream().filter(p -> p.period().id() == periodId).findFirst()
                    .ifPresent(p -> periods.getSelectionModel().select(p));
        }).runOn(ctx.executor());
    }

    private void importFiles(List<Path> files) {
        PeriodOverview period = periods.getSelectionModel().getSelectedItem();
        if (period == null) {
            return;
        }
        Tasks.create(() -> forms.preview(period.period().id(), null, files))
                .onSuccess(previews -> confirm(period, previews)).runOn(ctx.executor());
    }

    /**
     * The preview dialog: what each file would do and its flagged figures with a note field each; nothing is written
     * until the user agrees.
     */
    private void confirm(PeriodOverview period, List<FormPreview> previews) {
        long ok = previews.stream().filter(FormPreview::ok).count();
        Optional<List<FormPreview>> agreed = FormPreviewDialog.ask(root.getScene().getWindow(), previews);
        if (ok > 0 && agreed.isPresent()) {
            List<FormPreview> noted = agreed.get();
            Tasks.create(() -> forms.importPreviewed(noted)).onSuccess(results -> {
                long done = results.stream().filter(r -> r.submission() != null).count();
                message.setText(Texts.get("reportingui.imported", done, results.size()));
                reloadKeepingSelection(period.period().id());
                if (done < ok) {
                    showResults(results, done);
                }
            }).runOn(ctx.executor());
        }
    }

    /** When a file that passed the preview failed on import: what became of every file, one line each. */
    private void showResults(List<FormImportResult> results, long done) {
        StringBuilder text = new StringBuilder();
        for (FormImportResult r : results) {
            text.append(r.submission() != null
                    ? Texts.get("reportingui.result.ok", r.fileName(), r.submission().version())
                    : Texts.get("reportingui.preview.refused", r.fileName(), String.join("\n   ", r.errors())));
            text.append("\n");
        }
        Alert alert = Dialogs.alert(Alert.AlertType.WARNING, text.toString(), Buttons.CLOSE);
        alert.setHeaderText(Texts.get("reportingui.result.header", done, results.size()));
        alert.getDialogPane().setId("formImportResults");
        alert.initOwner(root.getScene().getWindow());
        alert.show();
    }
}
