package vn.kehoachxa.ui.report;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.reporting.CollectingPeriod;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.reporting.DataCutoff;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.SignedOriginalService;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.service.reporting.PeriodsToday;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.Dialogs;

/**
 * Báo cáo kỳ: choose a period, read the draft drafted from the units' reports, edit each part of the outline, save,
 * export to Word and Excel, set the province's deadline, and "Gửi báo cáo" — build the package, then open the draft,
 * the folder, or copy it to a USB drive, and confirm it was sent ({@link SentPackagePane}). File work saves the
 * editor and reads its data on the ordered executor, then writes on the file executor while the screen shows
 * progress and its export buttons are disabled.
 */
public final class PeriodicReportController implements PlanScreen {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AppContext ctx;
    private final ReportingService reporting;
    private final PeriodicReportService reports;
    private final ReportPackageService packages;
    private final Map<ReportPart, TextArea> areas = new EnumMap<>(ReportPart.class);
    private final ProvinceDeadlinePane upward;
    private final SentPackagePane sentPackage;
    private final PeriodLockPane lockPane;
    private final SignedReportPane signedPane;
    /** The report shown, the status line and the file work in progress: FX-thread state. */
    private final PeriodicReportViewModel vm = new PeriodicReportViewModel();

    @FXML private VBox root;
    @FXML private ComboBox<PeriodOverview> periodBox;
    @FXML private Label collectingLabel;
    @FXML private Label periodCutoff;
    @FXML private TextField numberField;
    @FXML private DatePicker datePicker;
    @FXML private Button regenerateButton;
    @FXML private Button saveButton;
    @FXML private Button wordButton;
    @FXML private Button excelButton;
    @FXML private Button pdfButton;
    @FXML private Button sendButton;
    @FXML private HBox busyBox;
    @FXML private Label busyLabel;
    @FXML private VBox upwardHolder;
    @FXML private javafx.scene.layout.FlowPane actionsRow;
    @FXML private VBox sections;
    @FXML private Label message;

    /** Built by the controller factory. */
    public PeriodicReportController(AppContext ctx, ReportingService reporting, PeriodicReportService reports,
                                    ReportPackageService packages, SignedOriginalService signed) {
        this.ctx = ctx;
        this.reporting = reporting;
        this.reports = reports;
        this.packages = packages;
        this.upward = new ProvinceDeadlinePane(ctx, reports);
        this.lockPane = new PeriodLockPane(ctx, reporting);
        this.signedPane = new SignedReportPane(ctx, signed, () -> numberField.getText().strip(),
                () -> datePicker.getValue());
        this.sentPackage = new SentPackagePane(ctx, packages, () -> {
            upward.refresh();
            lockPane.refresh();
        });
    }

    @FXML
    private void initialize() {
        DateFields.vietnamese(datePicker);
        upwardHolder.getChildren().setAll(upward, sentPackage);
        actionsRow.getChildren().addAll(lockPane, signedPane);
        busyBox.visibleProperty().bind(vm.busyProperty());
        busyBox.managedProperty().bind(vm.busyProperty());
        busyLabel.textProperty().bind(vm.busyTextProperty());
        message.textProperty().bind(vm.messageProperty());
        periodBox.setCellFactory(list -> new PeriodCell());
        periodBox.setButtonCell(new PeriodCell());
        for (ReportPart part : ReportPart.values()) {
            Label label = new Label(part.editorLabel());
            label.getStyleClass().add("section-label");
            TextArea area = new TextArea();
            area.setId("part" + part.name());
            area.setWrapText(true);
            area.setPrefRowCount(part == ReportPart.OPENING || part == ReportPart.CLOSING ? 2 : 6);
            areas.put(part, area);
            sections.getChildren().addAll(label, area);
        }
        var selected = periodBox.getSelectionModel().selectedItemProperty();
        for (Button b : List.of(regenerateButton, saveButton)) {
            b.disableProperty().bind(selected.isNull());
        }
        // One file job at a time: a second press would build the same files over the first.
        for (Button b : List.of(wordButton, excelButton, pdfButton, sendButton)) {
            b.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        }
        selected.addListener((obs, old, now) -> {
            periodCutoff.setText(now == null ? "" : DataCutoff.line(now.period()));
            if (old != null && vm.current() != null && vm.current().periodId() == old.period().id() && edited()) {
                PeriodicReport leaving = fromEditor();
                Tasks.create(() -> reports.save(leaving)).onError(ErrorDialog::show).runOn(ctx.executor());
            }
            load(now);
        });
    }

    @Override
    public void showPlan(Long planId) {
        sentPackage.keepFor(planId);
        periodBox.getItems().clear();
        collectingLabel.setText("");
        clear();
        if (planId != null) {
            // One read of the periods gives both the list and the period being collected.
            Tasks.create(() -> reporting.periodsToday(planId))
                    .onSuccess(this::showPeriods).onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    private void showPeriods(PeriodsToday periods) {
        List<PeriodOverview> list = periods.periods();
        periodBox.getItems().setAll(list);
        // The screen opens on the period being collected (just past due and not sent, else the next due).
        Optional<CollectingPeriod> collecting = periods.collecting();
        Long collectingId = collecting.map(c -> c.period().id()).orElse(null);
        PeriodOverview pick = list.stream().filter(p -> p.period().id().equals(collectingId)).findFirst()
                .orElse(list.isEmpty() ? null : list.getLast());
        collectingLabel.setText(collecting.map(CollectingPeriod::label)
                .orElse(list.isEmpty() ? "" : Texts.get("collecting.none")));
        if (pick != null) {
            periodBox.getSelectionModel().select(pick);
        }
    }

    private void load(PeriodOverview period) {
        clear();
        if (period == null) {
            return;
        }
        long id = period.period().id();
        Tasks.create(() -> reports.report(id)).onSuccess(this::show).onError(ErrorDialog::show).runOn(ctx.executor());
        upward.show(id);
        lockPane.show(id, period.name());
        signedPane.show(id, period.name());
    }

    private void show(PeriodicReport report) {
        vm.setCurrent(report);
        areas.forEach((part, area) -> area.setText(report.text(part)));
        numberField.setText(report.number() == null ? "" : report.number());
        datePicker.setValue(report.date());
        vm.setMessage(report.saved() ? "" : Texts.get("reportui.draftNotSaved", STAMP.format(report.generatedAt())));
    }

    private void clear() {
        vm.setCurrent(null);
        areas.values().forEach(TextArea::clear);
        upward.show(null);
        lockPane.show(null, null);
        signedPane.show(null, null);
        vm.setMessage("");
    }

    private boolean edited() {
        PeriodicReport now = fromEditor();
        PeriodicReport shown = vm.current();
        return !now.parts().equals(shown.parts()) || !java.util.Objects.equals(now.number(), shown.number())
                || !java.util.Objects.equals(now.date(), shown.date());
    }

    /** The report as the editor shows it now. */
    private PeriodicReport fromEditor() {
        PeriodicReport r = vm.current();
        for (var e : areas.entrySet()) {
            r = r.with(e.getKey(), e.getValue().getText());
        }
        String number = numberField.getText() == null || numberField.getText().isBlank() ? null
                : numberField.getText().strip();
        return r.withNumberAndDate(number, datePicker.getValue());
    }

    @FXML
    private void onRegenerate() {
        PeriodOverview period = periodBox.getValue();
        Alert confirm = Dialogs.alert(Alert.AlertType.CONFIRMATION, Texts.get("reportui.regenerateConfirm"),
                Buttons.OK, Buttons.CANCEL);
        if (period != null && confirm.showAndWait().orElse(Buttons.CANCEL) == Buttons.OK) {
            Tasks.create(() -> reports.regenerate(period.period().id())).onSuccess(this::show)
                    .onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    @FXML
    private void onSave() {
        if (vm.current() != null) {
            saveThen(r -> vm.setMessage(Texts.get("reportui.saved", periodBox.getValue().name())));
        }
    }

    /** Saves the editor's text off the FX thread, then runs {@code next} on the FX thread. */
    private void saveThen(java.util.function.Consumer<PeriodicReport> next) {
        PeriodicReport edited = fromEditor();
        Tasks.create(() -> reports.save(edited)).onSuccess(saved -> {
            vm.setCurrent(saved);
            next.accept(saved);
        }).onError(ErrorDialog::show).runOn(ctx.executor());
    }

    @FXML
    private void onExportWord() {
        export("docx", "Word (*.docx)", reports::exportWord);
    }

    @FXML
    private void onExportExcel() {
        export("xlsx", "Excel (*.xlsx)", reports::exportExcel);
    }

    @FXML
    private void onExportPdf() {
        export("pdf", Texts.get("export.filter.PDF"), reports::exportPdfForSigning);
    }

    private void export(String extension, String filter, java.util.function.BiConsumer<ReportDocument, Path> writer) {
        PeriodOverview period = periodBox.getValue();
        var request = new FileChooserPort.Request(Texts.get("reportui.exportTitle"), filter, "*." + extension,
                ctx.settings().exportFolder().orElse(null), "BaoCao-" + period.code() + "." + extension);
        ctx.fileChooser().save(root.getScene().getWindow(), request).ifPresent(file ->
                saveReadThenWrite(Texts.get("reportui.busy.export", file.getFileName()), reports::document,
                        doc -> {
                            writer.accept(doc, file);
                            return file;
                        }, written -> vm.setMessage(Texts.get("reportui.exported", written))));
    }

    @FXML
    private void onSend() {
        PeriodOverview period = periodBox.getValue();
        ctx.fileChooser().folder(root.getScene().getWindow(), Texts.get("reportui.chooseSendFolder"))
                .ifPresent(parent -> saveReadThenWrite(Texts.get("reportui.busy.package"),
                        r -> packages.snapshot(r.periodId()), source -> packages.build(source, parent),
                        pkg -> sentPackage.show(period.period().planId(), period.period().id(), period.name(), pkg)));
    }

    /**
     * Saves the editor and reads {@code read} of the saved report on the ordered executor (quick), then runs
     * {@code write} on the file executor (slow) and hands its result to {@code done}; meanwhile {@code status} and a
     * progress indicator show and the export buttons are disabled. Later edits never wait behind {@code write}.
     */
    private <S, R> void saveReadThenWrite(String status, Function<PeriodicReport, S> read, Function<S, R> write,
                                          Consumer<R> done) {
        if (!vm.startFileWork(status)) {
            return;
        }
        PeriodicReport edited = fromEditor();
        Tasks.create(() -> {
            PeriodicReport saved = reports.save(edited);
            return new Snapshot<>(saved, read.apply(saved));
        }).onSuccess(snapshot -> {
            if (vm.current() != null && vm.current().periodId() == edited.periodId()) {
                vm.setCurrent(snapshot.saved());
            }
            Tasks.create(() -> write.apply(snapshot.data())).onSuccess(done).andFinally(vm::fileWorkEnded)
                    .runOn(ctx.fileExecutor());
        }).onError(error -> {
            vm.fileWorkEnded();
            ErrorDialog.show(error);
        }).runOn(ctx.executor());
    }

    /** The report as saved and the data read from it, both taken on the ordered executor. */
    private record Snapshot<S>(PeriodicReport saved, S data) {
    }

    /** A period as "quý I năm 2026 — hạn 19/3/2026". */
    private static final class PeriodCell extends ListCell<PeriodOverview> {
        @Override
        protected void updateItem(PeriodOverview item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null
                    : Texts.get("reportui.periodCell", item.name(),
                            VietnameseDates.shortDate(item.period().dueDate())));
        }
    }
}
