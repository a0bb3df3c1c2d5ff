package vn.kehoachxa.ui.reporting;

import java.io.File;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.FormMailService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;
import vn.kehoachxa.service.reporting.FirstPeriodChoices;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.FormMailing;
import vn.kehoachxa.service.reporting.FormPreview;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.UnitReportStatus;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.ColumnWidths;
import vn.kehoachxa.ui.common.RowLines;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * Kỳ báo cáo: the plan's periods with due dates and notes, the per-unit status grid of the selected period, forms
 * out into a folder (with one e-mail draft per unit beside them, and "Mở thư mục" to reach them) and back in (file
 * chooser or files dropped on the screen) after a preview, and paper reports typed by hand (Nhập báo cáo giấy).
 * The first period (Kỳ báo cáo đầu tiên) is picked here, undone by Ctrl+Z.
 */
public final class ReportingPeriodsController implements PlanScreen {
    private final AppContext ctx;
    private final ReportingService reporting;
    private final UnitFormService forms;
    private final FormMailService formMail;
    private Long planId;
    /** The e-mail drafts of the forms last made on this screen; "Mở thư mục" opens it. */
    private Path draftFolder;

    @FXML private VBox root;
    @FXML private TableView<PeriodOverview> periods;
    @FXML private TableColumn<PeriodOverview, String> periodName;
    @FXML private TableColumn<PeriodOverview, String> periodCutoff;
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
    @FXML private Button openDraftsButton;
    @FXML private Label message;
    @FXML private ComboBox<FirstPeriodChoices.Choice> firstPeriodBox;
    /** Undo and redo of the first period, the one edit of stored data on this screen. */
    private final EditHistory history = new EditHistory();
    private boolean showingFirstPeriod;

    /** Built by the controller factory. */
    public ReportingPeriodsController(AppContext ctx, ReportingService reporting, UnitFormService forms,
                                      FormMailService formMail) {
        this.ctx = ctx;
        this.reporting = reporting;
        this.forms = forms;
        this.formMail = formMail;
    }

    @FXML
    private void initialize() {
        periodName.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().name()));
        // The days the units' figures cover (Decree 09/2019), so nobody reads a period as its calendar quarter.
        periodCutoff.setCellValueFactory(c -> new SimpleStringProperty(Texts.get("reportingui.cutoffCell",
                VietnameseDates.shortDate(c.getValue().period().cutoffStart()),
                VietnameseDates.shortDate(c.getValue().period().cutoffEnd()))));
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
        // Long names, day ranges and notes wrap (as far as RowLines leaves room) instead of ending in "…" at once.
        for (TableColumn<PeriodOverview, String> c : List.of(periodName, periodCutoff, periodNote)) {
            c.setCellFactory(ResultCells.wrapping());
        }
        for (TableColumn<UnitReportStatus, String> c : List.of(unitName, unitRows, unitTimeliness)) {
            c.setCellFactory(ResultCells.wrapping());
        }
        var size = ctx.textSizeProperty();
        RowLines.keepRows(size, periods);
        RowLines.keepRows(size, grid);
        ColumnWidths.atLeast(size, periodName, 9.5);
        ColumnWidths.atLeast(size, periodCutoff, 11);
        ColumnWidths.atLeast(size, periodDue, 6);
        ColumnWidths.atLeast(size, periodReported, 4.5);
        ColumnWidths.atLeast(size, unitName, 9);
        ColumnWidths.atLeast(size, unitRows, 10.5);
        ColumnWidths.atLeast(size, unitVersion, 3.5);
        ColumnWidths.atLeast(size, unitTimeliness, 12);
        ColumnWidths.wrapHeadings(size, List.of(periodName, periodCutoff, periodDue, periodReported, periodNote, unitName,
                unitRows, unitVersion, unitTimeliness));
        var selected = periods.getSelectionModel().selectedItemProperty();
        formsButton.disableProperty().bind(selected.isNull());
        importButton.disableProperty().bind(selected.isNull());
        paperButton.disableProperty().bind(selected.isNull()
                .or(grid.getSelectionModel().selectedItemProperty().isNull()));
        selected.addListener((obs, old, now) -> loadGrid(now));
        firstPeriodBox.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FirstPeriodChoices.Choice choice) {
                return choice == null ? "" : choice.name();
            }

            @Override
            public FirstPeriodChoices.Choice fromString(String text) {
                return null;
            }
        });
        firstPeriodBox.valueProperty().addListener((obs, old, now) -> {
            if (!showingFirstPeriod && now != null && old != null) {
                setFirstPeriod(now.month());
            }
        });
        // The drafts belong to the period they were made for: another period hides the button until its own forms.
        openDraftsButton.managedProperty().bind(openDraftsButton.visibleProperty());
        openDraftsButton.setVisible(false);
        selected.addListener((obs, old, now) -> openDraftsButton.setVisible(false));
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
        history.clear();
        reload();
    }

    private void reload() {
        Long plan = planId;
        periods.getItems().clear();
        grid.getItems().clear();
        showingFirstPeriod = true;
        firstPeriodBox.getItems().clear();
        showingFirstPeriod = false;
        if (plan != null) {
            Tasks.create(() -> reporting.periods(plan)).onSuccess(this::showPeriods).runOn(ctx.executor());
            Tasks.create(() -> reporting.firstPeriodChoices(plan)).onSuccess(this::showFirstPeriod)
                    .runOn(ctx.executor());
        }
    }

    private void showPeriods(List<PeriodOverview> list) {
        periods.getItems().setAll(list);
        list.stream().filter(p -> p.daysLeft() >= 0).findFirst()
                .ifPresent(p -> periods.getSelectionModel().select(p));
    }

    /** The first-period list: "by the issue date" first, then every period that can be picked. */
    private void showFirstPeriod(FirstPeriodChoices choices) {
        showingFirstPeriod = true;
        FirstPeriodChoices.Choice byIssue = new FirstPeriodChoices.Choice(null, choices.issueDate() == null
                ? Texts.get("firstPeriod.fromStart")
                : Texts.get("firstPeriod.fromIssue", VietnameseDates.shortDate(choices.issueDate())));
        firstPeriodBox.getItems().setAll(byIssue);
        firstPeriodBox.getItems().addAll(choices.choices());
        firstPeriodBox.setValue(choices.choices().stream().filter(c -> c.month().equals(choices.picked()))
                .findFirst().orElse(byIssue));
        showingFirstPeriod = false;
    }

    /** Sets the first period (one service call); undo sets back the one before. */
    private void setFirstPeriod(YearMonth month) {
        Long plan = planId;
        if (plan == null) {
            return;
        }
        Tasks.create(() -> {
            YearMonth before = reporting.setFirstPeriodMonth(plan, month);
            if (!Objects.equals(before, month)) {
                history.record(Texts.get("firstPeriod.undoName"), Change.of(
                        () -> reporting.setFirstPeriodMonth(plan, before),
                        () -> reporting.setFirstPeriodMonth(plan, month)));
            }
            return reporting.periods(plan);
        }).onSuccess(list -> {
            message.setText(Texts.get("firstPeriod.saved"));
            showPeriods(list);
        }).onError(e -> {
            vn.kehoachxa.ui.common.ErrorDialog.show(e);
            reload();
        }).runOn(ctx.executor());
    }

    @Override
    public void undo() {
        step(history::nextUndo, history::undo, "edit.undone");
    }

    @Override
    public void redo() {
        step(history::nextRedo, history::redo, "edit.redone");
    }

    private void step(java.util.function.Supplier<Optional<String>> what, Callable<Boolean> step, String key) {
        Tasks.create(() -> {
            Optional<String> name = what.get();
            return step.call() ? name : Optional.<String>empty();
        }).onSuccess(name -> name.ifPresent(n -> {
            message.setText(Texts.get(key, n));
            reload();
        })).onError(vn.kehoachxa.ui.common.ErrorDialog::show).runOn(ctx.executor());
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
        Tasks.create(() -> formMail.makeFormsAndDrafts(period.period().id(), folder))
                .onSuccess(made -> showMade(made, folder)).runOn(ctx.executor());
    }

    /**
     * Says what was made: the forms, the drafts' folder (which "Mở thư mục" now opens) and the units whose draft has
     * an empty To because they have no e-mail yet.
     */
    private void showMade(FormMailing made, Path folder) {
        StringBuilder text = new StringBuilder(Texts.get("reportingui.formsMade", made.forms().size(), folder))
                .append(' ').append(Texts.get("formmail.made", made.drafts().size(), made.draftFolder()));
        if (!made.unitsWithoutEmail().isEmpty()) {
            text.append('\n').append(Texts.get("formmail.noEmail", made.unitsWithoutEmail().size(),
                    String.join("; ", made.unitsWithoutEmail())));
        }
        message.setText(text.toString());
        draftFolder = made.draftFolder();
        openDraftsButton.setVisible(true);
    }

    /** Mở thư mục: the drafts of the forms just made, in the system's file manager. */
    @FXML
    private void onOpenDrafts() {
        if (draftFolder != null) {
            ctx.open(draftFolder);
        }
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
