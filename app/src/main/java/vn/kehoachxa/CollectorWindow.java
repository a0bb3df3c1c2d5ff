package vn.kehoachxa;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.BiConsumer;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ProvincePeriodSummary;
import vn.kehoachxa.domain.collect.ProvinceReportHeader;
import vn.kehoachxa.domain.reporting.PeriodNames;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.ProvinceCommuneService;
import vn.kehoachxa.service.collect.ProvinceExportService;
import vn.kehoachxa.service.collect.ProvinceViewService;
import vn.kehoachxa.service.collect.ServerSettingsService;
import vn.kehoachxa.ui.collector.CollectorActions;
import vn.kehoachxa.ui.collector.CollectorController;
import vn.kehoachxa.ui.collectorimport.CommuneListDialog;
import vn.kehoachxa.ui.collectorimport.ImportPackagesDialog;
import vn.kehoachxa.ui.collectorsettings.ServerSettingsDialog;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.CollectorContext;
import vn.kehoachxa.ui.common.ControllerFactory;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.FileChooserPort;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;

/**
 * The composition root of the province collector's window: the dashboard (ui/collector) with the services it reads
 * through, and its actions wired to the import and commune-list dialogs (ui/collectorimport) and the exports. Each
 * part gets exactly the services it uses; database work runs on the ordered executor, file work on the file one.
 */
final class CollectorWindow {
    private final CollectorContext collector;
    private final AppContext ui;
    private final ProvinceCommuneService communes;
    private final ProvinceViewService views;
    private final ProvinceExportService exports;
    private final CollectorActions actions = new CollectorActions();
    private CollectorController controller;

    /**
     * Services for {@code collector}; {@code ui} carries the text size, theme, file dialogs and the same executors as
     * the collector's context.
     */
    CollectorWindow(CollectorContext collector, AppContext ui, Clock clock) {
        this.collector = collector;
        this.ui = ui;
        CollectorDatabase db = collector.workspace().database();
        this.communes = new ProvinceCommuneService(db, clock);
        this.views = new ProvinceViewService(db, clock, () -> communes.province().orElse(""));
        this.exports = new ProvinceExportService(views, clock.getZone());
    }

    /** Loads the dashboard and wires its actions; FX thread. {@code owner} parents the dialogs. */
    Parent load(Window owner) {
        ControllerFactory factory = new ControllerFactory()
                .register(CollectorController.class, () -> new CollectorController(ui, views, actions));
        View<CollectorController> view = new ViewLoader(factory).load(FxmlFile.COLLECTOR_WINDOW);
        controller = view.controller();
        actions.importPackagesProperty().set(() -> ImportPackagesDialog.show(owner,
                collector.workspace().importService(), collector.executor(), collector.fileExecutor(),
                controller::refresh));
        actions.communeListProperty().set(() -> CommuneListDialog.show(owner, communes, collector.executor(),
                controller::refresh));
        ServerSettingsService serverSettings = new ServerSettingsService(collector.workspace());
        actions.serverSettingsProperty().set(() -> ServerSettingsDialog.show(owner, serverSettings,
                collector.executor()));
        actions.exportExcelProperty().set(summary -> export(owner, summary, "xlsx",
                Texts.get("collectorwin.export.excelFilter"), exports::writeWorkbook));
        actions.exportWordProperty().set(summary -> export(owner, summary, "docx",
                Texts.get("collectorwin.export.wordFilter"), (s, path) -> exports.writeReport(s,
                        ProvinceReportHeader.draft(s.province()), path)));
        return view.root();
    }

    /** The dashboard's controller (after {@link #load}). */
    CollectorController controller() {
        return controller;
    }

    /** Asks where, then writes the period shown on the file executor and says where it went. */
    private void export(Window owner, ProvincePeriodSummary summary, String extension, String filter,
                        BiConsumer<ProvincePeriodSummary, Path> write) {
        String name = "TongHop-" + PeriodNames.shortCode(summary.period().kind(), summary.period().year(),
                summary.period().index()) + "." + extension;
        var request = new FileChooserPort.Request(Texts.get("collectorwin.export.title"), filter, "*." + extension,
                collector.workspace().folder(), name);
        ui.fileChooser().save(owner, request).ifPresent(target -> Tasks.run(() -> write.accept(summary, target))
                .onSuccess(done -> Dialogs.alert(Alert.AlertType.INFORMATION,
                        Texts.get("collectorwin.export.done", target)).show())
                .onError(ErrorDialog::show)
                .runOn(collector.fileExecutor()));
    }
}
