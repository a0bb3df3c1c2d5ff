package vn.kehoachxa.ui.report;

import java.awt.Desktop;
import java.io.File;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.report.PeriodicReport;
import vn.kehoachxa.domain.report.ReportPart;
import vn.kehoachxa.domain.text.VietnameseDates;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.service.reporting.PeriodOverview;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.DateFields;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.Tasks;

/**
 * Báo cáo kỳ: choose a period, read the draft drafted from the units' reports, edit each part of the outline, save,
 * export to Word and Excel, set the province's deadline, and "Gửi báo cáo" — build the package, then open the draft,
 * the folder, or copy it to a USB drive.
 */
public final class PeriodicReportController implements PlanScreen {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private final AppContext ctx;
    private final ReportingService reporting;
    private final PeriodicReportService reports;
    private final ReportPackageService packages;
    private final Map<ReportPart, TextArea> areas = new EnumMap<>(ReportPart.class);
    private final ProvinceDeadlinePane upward;
    private PeriodicReport current;

    @FXML private VBox root;
    @FXML private ComboBox<PeriodOverview> periodBox;
    @FXML private TextField numberField;
    @FXML private DatePicker datePicker;
    @FXML private Button regenerateButton;
    @FXML private Button saveButton;
    @FXML private Button wordButton;
    @FXML private Button excelButton;
    @FXML private Button sendButton;
    @FXML private VBox upwardHolder;
    @FXML private VBox sections;
    @FXML private Label message;

    /** Built by the controller factory. */
    public PeriodicReportController(AppContext ctx) {
        this.ctx = ctx;
        this.reporting = new ReportingService(ctx.database());
        this.reports = new PeriodicReportService(ctx.database());
        this.packages = new ReportPackageService(ctx.database());
        this.upward = new ProvinceDeadlinePane(ctx, reports);
    }

    @FXML
    private void initialize() {
        DateFields.vietnamese(datePicker);
        upwardHolder.getChildren().setAll(upward);
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
        for (Button b : List.of(regenerateButton, saveButton, wordButton, excelButton, sendButton)) {
            b.disableProperty().bind(selected.isNull());
        }
        selected.addListener((obs, old, now) -> {
            if (old != null && current != null && current.periodId() == old.period().id() && edited()) {
                PeriodicReport leaving = fromEditor();
                Tasks.create(() -> reports.save(leaving)).onError(ErrorDialog::show).runOn(ctx.executor());
            }
            load(now);
        });
    }

    @Override
    public void showPlan(Long planId) {
        periodBox.getItems().clear();
        clear();
        if (planId != null) {
            Tasks.create(() -> reporting.periods(planId)).onSuccess(this::showPeriods).onError(ErrorDialog::show)
                    .runOn(ctx.executor());
        }
    }

    private void showPeriods(List<PeriodOverview> list) {
        periodBox.getItems().setAll(list);
        // The period to report on is the latest one whose units' deadline has passed, else the first.
        PeriodOverview pick = list.stream().filter(p -> p.daysLeft() < 0).reduce((a, b) -> b)
                .orElse(list.isEmpty() ? null : list.getFirst());
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
    }

    private void show(PeriodicReport report) {
        current = report;
        areas.forEach((part, area) -> area.setText(report.text(part)));
        numberField.setText(report.number() == null ? "" : report.number());
        datePicker.setValue(report.date());
        message.setText(report.saved() ? "" : Texts.get("reportui.draftNotSaved", STAMP.format(report.generatedAt())));
    }

    private void clear() {
        current = null;
        areas.values().forEach(TextArea::clear);
        upward.show(null);
        message.setText("");
    }

    private boolean edited() {
        PeriodicReport now = fromEditor();
        return !now.parts().equals(current.parts()) || !java.util.Objects.equals(now.number(), current.number())
                || !java.util.Objects.equals(now.date(), current.date());
    }

    /** The report as the editor shows it now. */
    private PeriodicReport fromEditor() {
        PeriodicReport r = current;
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
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION, Texts.get("reportui.regenerateConfirm"),
                Buttons.OK, Buttons.CANCEL);
        if (period != null && confirm.showAndWait().orElse(Buttons.CANCEL) == Buttons.OK) {
            Tasks.create(() -> reports.regenerate(period.period().id())).onSuccess(this::show)
                    .onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    @FXML
    private void onSave() {
        if (current != null) {
            saveThen(r -> message.setText(Texts.get("reportui.saved", periodBox.getValue().name())));
        }
    }

    /** Saves the editor's text off the FX thread, then runs {@code next} on the FX thread. */
    private void saveThen(java.util.function.Consumer<PeriodicReport> next) {
        PeriodicReport edited = fromEditor();
        Tasks.create(() -> reports.save(edited)).onSuccess(saved -> {
            current = saved;
            next.accept(saved);
        }).onError(ErrorDialog::show).runOn(ctx.executor());
    }

    @FXML
    private void onExportWord() {
        export("docx", "Word (*.docx)", (id, file) -> reports.exportWord(id, file));
    }

    @FXML
    private void onExportExcel() {
        export("xlsx", "Excel (*.xlsx)", (id, file) -> reports.exportExcel(id, file));
    }

    private void export(String extension, String filter, java.util.function.BiConsumer<Long, Path> writer) {
        PeriodOverview period = periodBox.getValue();
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName("BaoCao-" + period.code() + "." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filter, "*." + extension));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        saveThen(saved -> Tasks.run(() -> writer.accept(period.period().id(), file.toPath()))
                .onSuccess(v -> message.setText(Texts.get("reportui.exported", file)))
                .onError(ErrorDialog::show).runOn(ctx.executor()));
    }

    @FXML
    private void onSend() {
        PeriodOverview period = periodBox.getValue();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("reportui.chooseSendFolder"));
        File parent = chooser.showDialog(root.getScene().getWindow());
        if (parent == null) {
            return;
        }
        long id = period.period().id();
        saveThen(saved -> Tasks.create(() -> packages.build(id, parent.toPath()))
                .onSuccess(pkg -> {
                    message.setText(Texts.get("reportui.packageReady", pkg.folder(),
                            String.join("; ", pkg.recipients())));
                    upward.refresh();
                    offerNext(pkg);
                }).onError(ErrorDialog::show).runOn(ctx.executor()));
    }

    private void offerNext(ReportPackage pkg) {
        ButtonType draft = new ButtonType(Texts.get("reportui.openDraft"), ButtonBar.ButtonData.YES);
        ButtonType folder = new ButtonType(Texts.get("reportui.openFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType usb = new ButtonType(Texts.get("reportui.copyUsb"), ButtonBar.ButtonData.OTHER);
        Alert next = new Alert(Alert.AlertType.INFORMATION, Texts.get("reportui.packageNext"), draft, folder, usb,
                Buttons.CLOSE);
        next.setHeaderText(Texts.get("reportui.packageReady", pkg.folder().getFileName(),
                String.join("; ", pkg.recipients())));
        next.showAndWait().ifPresent(choice -> {
            if (choice == draft) {
                open(pkg.eml());
            } else if (choice == folder) {
                open(pkg.folder());
            } else if (choice == usb) {
                copyToUsb(pkg);
            }
        });
    }

    private void copyToUsb(ReportPackage pkg) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(Texts.get("reportui.chooseUsb"));
        File target = chooser.showDialog(root.getScene().getWindow());
        if (target != null) {
            Tasks.create(() -> packages.copyTo(pkg, target.toPath()))
                    .onSuccess(copied -> message.setText(Texts.get("reportui.copied", copied)))
                    .onError(ErrorDialog::show).runOn(ctx.executor());
        }
    }

    /** Opens a file or folder with the system's program; AWT's Desktop call stays off the FX thread. */
    private void open(Path path) {
        Tasks.run(() -> {
            if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
                throw new vn.kehoachxa.domain.DomainException(Texts.get("reportui.cannotOpen", path));
            }
            Desktop.getDesktop().open(path.toFile());
        }).onError(ErrorDialog::show).runOn(ctx.executor());
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
