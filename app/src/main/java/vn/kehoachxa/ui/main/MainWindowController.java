package vn.kehoachxa.ui.main;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.PlanVersionService;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.Buttons;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.PlanScreen;
import vn.kehoachxa.ui.common.ScreenScroll;
import vn.kehoachxa.service.UserGuideService;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;
import vn.kehoachxa.ui.firstrun.FirstRunController;
import vn.kehoachxa.ui.planfile.ExportKind;
import vn.kehoachxa.ui.planfile.PlanFileActions;
import vn.kehoachxa.ui.tone.ToneActions;
import javafx.scene.Scene;
import vn.kehoachxa.domain.plan.PlanHit;
import vn.kehoachxa.service.PlanSearch;
import vn.kehoachxa.ui.common.PrintableScreen;
import vn.kehoachxa.ui.common.RevealingScreen;
import vn.kehoachxa.ui.find.FindDialog;
import vn.kehoachxa.ui.planfile.ExportChoice;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** The main window: menu, plan switcher, left navigation and the chosen screen in the centre. */
public final class MainWindowController {
    /** The screens that edit the plan's text: read-only under a banner once the plan is issued. */
    private static final java.util.Set<Navigation> EDITING = java.util.EnumSet.of(Navigation.OUTLINE,
            Navigation.INDICATORS, Navigation.TARGET_MATRIX, Navigation.TASK_MATRIX);
    private static final javafx.scene.input.KeyCombination UNDO_KEY = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private static final javafx.scene.input.KeyCombination REDO_KEY = new javafx.scene.input.KeyCodeCombination(
            javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCombination.SHORTCUT_DOWN);
    private static final javafx.scene.input.KeyCombination REDO_SHIFT_KEY =
            new javafx.scene.input.KeyCodeCombination(javafx.scene.input.KeyCode.Z,
                    javafx.scene.input.KeyCombination.SHORTCUT_DOWN, javafx.scene.input.KeyCombination.SHIFT_DOWN);
    private final AppContext ctx;
    private final PlanService plans;
    private final PlanVersionService versions;
    private final java.nio.file.Path dataFolder;
    private final ViewLoader loader;
    private final PlanFileActions planFiles;
    private final ToneActions tones;
    private final UserGuideService guide;
    private final PlanSearch search;
    private FindDialog findDialog;
    /** Whether the screen shown has a print action of its own (Tệp › In…, Ctrl+P). */
    private final BooleanProperty printable = new SimpleBooleanProperty();
    private final Map<Navigation, View<?>> screens = new EnumMap<>(Navigation.class);
    /** What is shown for each screen: the screen itself, or a scroll pane around it (see {@link ScreenScroll}). */
    private final Map<Navigation, javafx.scene.Node> scrollable = new EnumMap<>(Navigation.class);
    private Navigation shown;
    private boolean updatingSwitcher;

    @FXML private BorderPane root;
    @FXML private ComboBox<PlanSummary> planSwitcher;
    @FXML private Label demoBadge;
    @FXML private Button deleteDemoButton;
    @FXML private ListView<Navigation> navigation;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private Label activityLabel;
    @FXML private javafx.scene.control.ProgressIndicator activityProgress;
    @FXML private MenuItem exportPlanFileItem;
    @FXML private MenuItem exportWordItem;
    @FXML private MenuItem exportPdfItem;
    @FXML private MenuItem exportExcelItem;
    @FXML private MenuItem toneItem;
    @FXML private MenuItem exportItem;
    @FXML private MenuItem printItem;
    @FXML private MenuItem findItem;

    /** Built by the controller factory. */
    public MainWindowController(AppContext ctx, PlanService plans, PlanVersionService versions,
                                java.nio.file.Path dataFolder, ViewLoader loader,
                                PlanFileActions planFiles, ToneActions tones, UserGuideService guide,
                                PlanSearch search) {
        this.search = search;
        this.tones = tones;
        this.guide = guide;
        this.ctx = ctx;
        this.plans = plans;
        this.versions = versions;
        this.dataFolder = dataFolder;
        this.loader = loader;
        this.planFiles = planFiles;
    }

    @FXML
    private void initialize() {
        planSwitcher.setCellFactory(list -> new PlanCell());
        planSwitcher.setButtonCell(new PlanCell());
        planSwitcher.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> showDemo(now));
        planSwitcher.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (!updatingSwitcher && now != null && !Objects.equals(now.id(), ctx.currentPlanId())) {
                ctx.setCurrentPlanId(now.id());
            }
        });
        navigation.getItems().setAll(Navigation.values());
        navigation.setCellFactory(list -> new NavigationCell());
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                show(now);
            }
        });
        for (MenuItem item : new MenuItem[] {exportPlanFileItem, exportWordItem, exportExcelItem, exportPdfItem, toneItem,
            exportItem, findItem}) {
            item.disableProperty().bind(ctx.currentPlanIdProperty().isNull());
        }
        printItem.disableProperty().bind(ctx.currentPlanIdProperty().isNull().or(printable.not()));
        ctx.currentPlanIdProperty().addListener((obs, old, now) -> {
            ctx.planWideEdits().clear();
            ctx.settings().setLastPlanId(now);
            selectInSwitcher(now);
            if (shown != null && screens.get(shown).controller() instanceof PlanScreen screen) {
                screen.showPlan(now);
            }
        });
        ctx.onPlanChanged(this::reloadPlans);
        ctx.setScreenOpener(name -> show(Navigation.valueOf(name)));
        activityLabel.textProperty().bind(planFiles.activityProperty());
        activityProgress.visibleProperty().bind(planFiles.activityProperty().isNotNull());
        activityProgress.managedProperty().bind(activityProgress.visibleProperty());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, this::undoWhenFieldHasNothingToUndo);
        navigation.getSelectionModel().select(Navigation.DASHBOARD);
        reloadPlans();
    }

    /** Shows screen {@code nav} (loading it the first time) and tells it the current plan. */
    public void show(Navigation nav) {
        if (navigation.getSelectionModel().getSelectedItem() != nav) {
            navigation.getSelectionModel().select(nav);
            return;
        }
        View<?> view = screens.computeIfAbsent(nav, n -> {
            View<?> loaded = loader.load(n.fxml());
            if (EDITING.contains(n)) {
                ReadOnlyBanner.install(ctx, plans, versions, loaded.root());
            }
            return loaded;
        });
        shown = nav;
        printable.set(view.controller() instanceof PrintableScreen);
        content.getChildren().setAll(scrollable.computeIfAbsent(nav, n -> ScreenScroll.around(view.root())));
        if (view.controller() instanceof PlanScreen screen) {
            screen.showPlan(ctx.currentPlanId());
        }
    }

    private void reloadPlans() {
        Tasks.create(() -> plans.list())
                .onSuccess(list -> {
                    updatingSwitcher = true;
                    planSwitcher.getItems().setAll(list);
                    updatingSwitcher = false;
                    // Demos are not the office's plans: the count leaves them out and says them apart.
                    long demos = list.stream().filter(PlanSummary::demo).count();
                    statusLabel.setText(demos == 0 ? Texts.get("main.status.plans", list.size(), dataFolder)
                            : Texts.get("main.status.plansAndSamples", list.size() - demos, demos, dataFolder));
                    selectInSwitcher(ctx.currentPlanId());
                })
                .runOn(ctx.executor());
    }

    private void selectInSwitcher(Long planId) {
        updatingSwitcher = true;
        planSwitcher.getItems().stream().filter(p -> planId != null && p.id() == planId).findFirst()
                .ifPresentOrElse(planSwitcher.getSelectionModel()::select,
                        () -> planSwitcher.getSelectionModel().clearSelection());
        updatingSwitcher = false;
    }

    /** The badge, the delete button and the window title say when the plan shown is a sample (decision 0036). */
    private void showDemo(PlanSummary plan) {
        boolean demo = plan != null && plan.demo();
        for (var node : new javafx.scene.Node[] {demoBadge, deleteDemoButton}) {
            node.setVisible(demo);
            node.setManaged(demo);
        }
        if (root.getScene() != null && root.getScene().getWindow() instanceof Stage stage) {
            stage.setTitle(demo ? Texts.get("sample.windowTitle", Texts.get("app.title")) : Texts.get("app.title"));
        }
    }

    /** Deletes the sample shown, with its own units, after asking; nothing of the office's goes with it. */
    @FXML
    private void onDeleteDemo() {
        PlanSummary plan = planSwitcher.getSelectionModel().getSelectedItem();
        if (plan == null || !plan.demo()) {
            return;
        }
        Alert ask = Dialogs.alert(Alert.AlertType.CONFIRMATION,
                Texts.get("sample.delete.confirm", PlanLabels.of(plan)));
        ask.initOwner(window());
        ask.getDialogPane().setId("deleteDemoConfirm");
        if (ask.showAndWait().filter(b -> b == Buttons.OK).isEmpty()) {
            return;
        }
        Tasks.run(() -> plans.deleteDemo(plan.id()))
                .onSuccess(v -> {
                    ctx.setCurrentPlanId(null);
                    ctx.firePlanChanged();
                })
                .onError(ErrorDialog::show).runOn(ctx.executor());
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    @FXML
    private void onNewPlan() {
        View<FirstRunController> view = loader.load(FxmlFile.FIRST_RUN);
        Stage dialog = new Stage();
        dialog.initOwner(window());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(Texts.get("firstrun.newPlan.title"));
        dialog.setScene(new Scene(view.root()));
        view.controller().startAtPlanChoice(id -> {
            dialog.close();
            ctx.setCurrentPlanId(id);
        });
        dialog.show();
    }

    @FXML
    private void onImportPlanFile() {
        planFiles.importPlan(window(), ctx::setCurrentPlanId);
    }

    @FXML
    private void onExportPlanFile() {
        export(ExportKind.PLAN_FILE);
    }

    @FXML
    private void onExportWord() {
        export(ExportKind.WORD);
    }

    @FXML
    private void onExportPdf() {
        export(ExportKind.PDF);
    }

    @FXML
    private void onExportExcel() {
        export(ExportKind.EXCEL);
    }

    /** Ctrl+E: which export, then that export (with its accent check and file dialog) for the plan shown. */
    @FXML
    private void onExport() {
        if (ctx.currentPlanId() == null) {
            return;
        }
        ExportChoice.ask(window()).ifPresent(this::export);
    }

    /** Ctrl+P: the print action of the screen shown; the item is disabled on screens that print nothing. */
    @FXML
    private void onPrint() {
        if (shown != null && screens.get(shown).controller() instanceof PrintableScreen screen) {
            screen.print();
        }
    }

    /** Ctrl+F: the find window; a chosen hit opens its screen with the item selected. */
    @FXML
    private void onFind() {
        if (ctx.currentPlanId() == null) {
            return;
        }
        if (findDialog == null) {
            findDialog = new FindDialog(ctx, search, window(), this::openHit);
        }
        findDialog.show();
    }

    private void openHit(PlanHit hit) {
        Navigation nav = switch (hit.place()) {
            case SECTION -> Navigation.OUTLINE;
            case INDICATOR -> Navigation.INDICATORS;
            case TARGET -> Navigation.TARGET_MATRIX;
            case TASK -> Navigation.TASK_MATRIX;
        };
        show(nav);
        if (screens.get(nav).controller() instanceof RevealingScreen screen) {
            screen.reveal(hit.id());
        }
    }

    private void export(ExportKind kind) {
        if (ctx.currentPlanId() != null) {
            planFiles.export(window(), ctx.currentPlanId(), kind);
        }
    }

    /**
     * Ctrl+Z in a text field undoes the typing in that field first, as everywhere else; once the field has nothing
     * of its own to undo (typically: just after it was saved and reloaded), Ctrl+Z undoes the screen's last edit.
     * Without this the field would swallow the key and the menu's shortcut would never fire while a field has focus.
     * Ctrl+Y and Ctrl+Shift+Z redo the same way: the field's own typing first, else the screen's last undone edit.
     */
    private void undoWhenFieldHasNothingToUndo(javafx.scene.input.KeyEvent event) {
        var focused = root.getScene().getFocusOwner();
        if (REDO_SHIFT_KEY.match(event) || REDO_KEY.match(event)) {
            // Both redo keys are handled here (a menu item takes one accelerator), unless a field can redo typing.
            if (!(focused instanceof javafx.scene.control.TextInputControl field) || !field.isRedoable()) {
                event.consume();
                onRedo();
            }
        } else if (UNDO_KEY.match(event) && focused instanceof javafx.scene.control.TextInputControl field
                && !field.isUndoable()) {
            event.consume();
            onUndo();
        }
    }

    /** F1: the guide's chapter for the screen shown, in the system browser (offline pages in the data folder). */
    @FXML
    private void onHelpScreen() {
        openGuide(shown == null ? "" : shown.helpChapter());
    }

    @FXML
    private void onHelpContents() {
        openGuide("");
    }

    private void openGuide(String chapter) {
        Tasks.create(() -> guide.page(chapter)).onSuccess(ctx::open).runOn(ctx.fileExecutor());
    }

    @FXML
    private void onToneCheck() {
        if (ctx.currentPlanId() != null) {
            tones.check(window(), ctx.currentPlanId(), this::planTextsChanged);
        }
    }

    /** Every screen shows the plan's texts again (a plan-wide edit or its undo changed them). */
    private void planTextsChanged() {
        ctx.firePlanChanged();
        if (shown != null && screens.get(shown).controller() instanceof PlanScreen screen) {
            screen.showPlan(ctx.currentPlanId());
        }
    }

    /** Undoes or redoes the latest plan-wide edit; false when there is none, so the screen's history goes next. */
    private boolean planWide(boolean undo) {
        var history = ctx.planWideEdits();
        if (undo ? !history.canUndo() : !history.canRedo()) {
            return false;
        }
        Tasks.create(() -> undo ? history.undo() : history.redo()).onSuccess(done -> planTextsChanged())
                .onError(ErrorDialog::show).runOn(ctx.executor());
        return true;
    }

    @FXML
    private void onUndo() {
        if (planWide(true)) {
            return;
        }
        if (shown != null && screens.get(shown).controller() instanceof PlanScreen screen) {
            screen.undo();
        }
    }

    @FXML
    private void onRedo() {
        if (planWide(false)) {
            return;
        }
        if (shown != null && screens.get(shown).controller() instanceof PlanScreen screen) {
            screen.redo();
        }
    }

    @FXML
    private void onExit() {
        // Hide first so that the window's hiding handler saves the field being edited while the window still
        // exists; Platform.exit alone closes the native window before that handler runs.
        root.getScene().getWindow().hide();
        Platform.exit();
    }

    /** A plan in the switcher. */
    private static final class PlanCell extends ListCell<PlanSummary> {
        @Override
        protected void updateItem(PlanSummary item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? Texts.get("plan.switcher.none") : PlanLabels.of(item));
            Label badge = null;
            if (!empty && item != null && item.demo()) {
                badge = new Label(Texts.get("sample.badge"));
                badge.getStyleClass().add("demo-badge");
            }
            setGraphic(badge);
        }
    }

    /** A navigation entry with its icon. */
    private static final class NavigationCell extends ListCell<Navigation> {
        @Override
        protected void updateItem(Navigation item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.toString());
            setGraphic(empty || item == null ? null : new FontIcon(item.icon()));
        }
    }
}
