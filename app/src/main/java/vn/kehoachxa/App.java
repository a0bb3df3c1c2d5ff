package vn.kehoachxa;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Screen;
import javafx.stage.Stage;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.logging.AppLog;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.service.Workspace;
import vn.kehoachxa.ui.tone.ToneActions;
import vn.kehoachxa.ui.assignments.TargetMatrixController;
import vn.kehoachxa.ui.assignments.TaskMatrixController;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.CollectorContext;
import vn.kehoachxa.ui.common.FirstWindowBounds;
import vn.kehoachxa.ui.common.Appearance;
import vn.kehoachxa.ui.common.AppSettings;
import vn.kehoachxa.ui.common.ControllerFactory;
import vn.kehoachxa.ui.common.ErrorDialog;
import vn.kehoachxa.ui.common.FxmlFile;
import vn.kehoachxa.ui.common.RecoveryDialog;
import vn.kehoachxa.ui.common.Tasks;
import vn.kehoachxa.ui.common.View;
import vn.kehoachxa.ui.common.ViewLoader;
import vn.kehoachxa.ui.dashboard.DashboardController;
import vn.kehoachxa.ui.firstrun.FirstRunController;
import vn.kehoachxa.ui.firstrun.FolderKindController;
import vn.kehoachxa.ui.indicators.IndicatorsController;
import vn.kehoachxa.ui.main.MainWindowController;
import vn.kehoachxa.ui.outline.OutlineController;
import vn.kehoachxa.ui.plan.PlanInfoController;
import vn.kehoachxa.ui.planfile.PlanFileActions;
import vn.kehoachxa.ui.report.PeriodicReportController;
import vn.kehoachxa.ui.reporting.DeadlinePaneController;
import vn.kehoachxa.ui.reporting.ReportingPeriodsController;
import vn.kehoachxa.ui.reporting.ResultsController;
import vn.kehoachxa.ui.settings.CommuneProfileFormController;
import vn.kehoachxa.ui.settings.SettingsController;
import vn.kehoachxa.ui.units.UnitsController;

/**
 * The desktop application (JavaFX) and its composition root: the window appears at once saying the database is
 * opening, the database opens on the background thread (on a new folder, once the official chose commune or
 * province), then the services and screens are built by hand and the window fills (the first-run wizard when there
 * is no commune profile or no plan yet).
 */
public final class App extends Application {
    /** The style sheet with the app's named colours, over the AtlantaFX theme. */
    public static final String STYLESHEET = "/css/app.css";

    private Stage stage;
    /** The screen set as the scene's root: ControlsFX validation may wrap it, so the scene's root may differ. */
    private Parent root;
    private AppContext ctx;
    /** The opened province collector, when this start is one (then ctx and workspace stay null). */
    private CollectorContext collector;
    /** The collector's dashboard and its wiring, when this start is a collector's (UI tests reach it here). */
    private CollectorWindow collectorWindow;
    /** The opened data folder and its services (null before it opens). */
    private Workspace workspace;
    private ExecutorService executor;
    private ExecutorService fileExecutor;
    private Path dataDir;
    private View<Object> loading;
    /** Gives every window the text size and theme (Cài đặt). */
    private Appearance appearance;
    /** Set on the background thread before the first screen; read on the FX thread after. */
    private volatile SingleInstance instance;
    /** The opening {@code main} began before JavaFX started, until the first {@link #openDatabase} takes it. */
    private FirstOpen early;
    private int activations;
    /** The controllers of the screens now built (FX thread), and who else wants to see them (UI tests). */
    private final List<Object> controllers = new ArrayList<>();

    /**
     * Begins opening the data folder that {@code rawArgs} name, on the executors the window will take, so that the
     * database opens while JavaFX starts (decision 0050). Call just before launching this application.
     */
    public static void beginOpening(String[] rawArgs) {
        FirstOpen.begin(List.of(rawArgs));
    }
    private Consumer<Object> controllerWatcher = controller -> { };

    @Override
    public void start(Stage primaryStage) {
        this.stage = primaryStage;
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        appearance = Appearance.install(STYLESHEET);
        dataDir = Workspace.folderFromArguments(getParameters().getRaw());
        AppLog.start(dataDir);
        ErrorDialog.setFolderOpener(this::openInSystem);
        // The database may be opening already (FirstOpen.begin from main): then its executors are the window's.
        early = FirstOpen.take(getParameters().getRaw()).orElse(null);
        if (early != null) {
            early.toolkitStarted();
        }
        executor = early != null ? early.executor() : AppContext.newExecutor();
        fileExecutor = early != null ? early.fileExecutor() : AppContext.newFileExecutor();
        loading = new ViewLoader(new ControllerFactory()).load(FxmlFile.LOADING);
        // Never larger than the screen (a small or scaled laptop screen): the status bar and buttons stay on it.
        Rectangle2D bounds = FirstWindowBounds.on(Screen.getPrimary().getVisualBounds());
        Scene scene = new Scene(loading.root(), bounds.getWidth(), bounds.getHeight());
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(scene);
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        // Moving focus away saves the field being edited (fields save on focus loss) before stop() drains the queue.
        stage.setOnHiding(e -> stage.getScene().getRoot().requestFocus());
        stage.show();
        openDatabase(CollectorStart.Opening.ASK);
    }

    /**
     * Background: claims the data folder for this window (once), then opens it as {@code opening} says, or (ASK) as
     * the arguments and what the folder holds say ({@link FirstOpen#run}); the first time, takes the outcome of the
     * steps {@code main} began instead, when it began them.
     */
    private void openDatabase(CollectorStart.Opening opening) {
        FirstOpen begun = early;
        early = null;
        List<String> raw = getParameters().getRaw();
        Tasks.create(() -> {
            if (begun == null) {
                return FirstOpen.run(dataDir, raw, opening, instance, executor, fileExecutor, null, this::claimed);
            }
            try {
                return begun.outcome();
            } finally {
                begun.claimed().ifPresent(this::claimed);
            }
        })
                .onSuccess(opened -> {
                    if (opened instanceof CollectorContext collectorOpened) {
                        showCollector(collectorOpened);
                    } else if (opened instanceof FirstOpen.Startup startup) {
                        showStart(startup);
                    } else if (opened instanceof FirstOpen.Damaged damaged) {
                        offerRestore(damaged);
                    } else {
                        askFolderKind();
                    }
                })
                .onError(this::failLoading)
                .runOn(executor);
    }

    /**
     * Background: this window holds the data folder now (its lock, and the port a second launch knocks on to bring
     * it forward), also when opening it then fails, so the window showing the failure keeps it until it closes.
     */
    private void claimed(SingleInstance claimed) {
        if (instance == null) {
            instance = claimed;
            claimed.onActivate(() -> Platform.runLater(this::bringToFront));
        }
    }

    /** A new data folder: the official says what this computer is for, then it opens (loading screen meanwhile). */
    private void askFolderKind() {
        ControllerFactory factory = new ControllerFactory(this::controllerBuilt).register(FolderKindController.class,
                () -> new FolderKindController(dataDir, kind -> {
                    setRoot(loading.root());
                    openDatabase(kind.isCollector() ? CollectorStart.Opening.COLLECTOR
                            : CollectorStart.Opening.COMMUNE);
                }));
        View<FolderKindController> choice = new ViewLoader(factory).load(FxmlFile.FOLDER_KIND);
        setRoot(choice.root());
        choice.controller().focusChoice();
    }

    /** The province collector's window (decision 0042): the seam where ui/collector's dashboard goes. */
    private void showCollector(CollectorContext opened) {
        collector = opened;
        AppContext ui = new AppContext(opened.executor(), opened.fileExecutor(),
                AppSettings.load(opened.workspace().folder()));
        appearance.textSizeProperty().bind(ui.textSizeProperty());
        appearance.themeProperty().bind(ui.themeProperty());
        CollectorWindow window = new CollectorWindow(opened, ui, java.time.Clock.systemDefaultZone());
        setRoot(window.load(stage));
        collectorWindow = window;
    }

    /** The database cannot be opened but a checked backup exists: the official chooses, nothing is lost. */
    private void offerRestore(FirstOpen.Damaged damaged) {
        RecoveryDialog.Choice choice = RecoveryDialog.ask(stage, damaged.error(), damaged.backup());
        Tasks.ThrowingRunnable work = switch (choice) {
            case RESTORE -> () -> BackupService.restoreInto(instance.lock(), damaged.backup());
            case START_EMPTY -> () -> BackupService.startEmpty(instance.lock());
            case QUIT -> null;
        };
        if (work == null) {
            Platform.exit();
            return;
        }
        // The folder was a commune's: it opens as one again, whatever the restore or the fresh start left in it.
        Tasks.run(work).onSuccess(done -> openDatabase(CollectorStart.Opening.COMMUNE)).onError(this::failLoading)
                .runOn(executor);
    }

    private void failLoading(Throwable error) {
        ((Label) loading.root().lookup("#loadingMessage")).setText(Texts.get("loading.failed"));
        loading.root().lookup("#loadingProgress").setVisible(false);
        ErrorDialog.show(error);
    }

    /** A second launch asked for this window: show it, restore it from the taskbar and bring it forward. */
    private void bringToFront() {
        activations++;
        stage.setIconified(false);
        stage.show();
        stage.toFront();
        stage.requestFocus();
    }

    /** How many times a second launch brought this window forward (UI tests). */
    public int activations() {
        return activations;
    }

    private void showStart(FirstOpen.Startup startup) {
        ctx = startup.ctx();
        workspace = startup.workspace();
        ctx.setOpener(this::openInSystem);
        ctx.setReloader(this::reloadScreens);
        appearance.textSizeProperty().bind(ctx.textSizeProperty());
        appearance.themeProperty().bind(ctx.themeProperty());
        showScreens(startup);
        Tasks.create(() -> workspace.backups().dailyIfDue())
                .onError(ErrorDialog::show)
                .runOn(ctx.executor());
    }

    /** After a restore: every screen is built anew on the data now in the database. */
    private void reloadScreens() {
        Tasks.create(() -> FirstOpen.startup(workspace, ctx)).onSuccess(this::showScreens).onError(ErrorDialog::show)
                .runOn(ctx.executor());
    }

    private void showScreens(FirstOpen.Startup startup) {
        controllers.clear();
        ViewLoader loader = composeScreens(workspace, ctx, this::controllerBuilt);
        if (!startup.hasProfile() || startup.plans().isEmpty()) {
            View<FirstRunController> firstRun = loader.load(FxmlFile.FIRST_RUN);
            Long existing = startup.plans().isEmpty() ? null : startup.plans().getFirst().id();
            firstRun.controller().start(startup.hasProfile(), planId -> showMain(loader, planId));
            if (existing != null) {
                firstRun.controller().setExistingPlan(existing);
            }
            setRoot(firstRun.root());
        } else {
            Long last = ctx.settings().lastPlanId()
                    .filter(id -> startup.plans().stream().anyMatch(p -> p.id() == id))
                    .orElse(startup.plans().getFirst().id());
            showMain(loader, last);
        }
    }

    private void showMain(ViewLoader loader, Long planId) {
        ctx.setCurrentPlanId(planId);
        View<MainWindowController> main = loader.load(FxmlFile.MAIN_WINDOW);
        setRoot(main.root());
        if (TrainingTour.requested()) {
            TrainingTour.start(ctx, stage);
        }
    }

    private void setRoot(Parent root) {
        this.root = root;
        stage.getScene().setRoot(root);
    }

    /** Opens a file or folder in the system's own program (the file manager for a folder). */
    private void openInSystem(Path path) {
        getHostServices().showDocument(path.toUri().toString());
    }

    /** What the screens share, once the database is open (null before); UI tests reach the file dialogs here. */
    public AppContext context() {
        return ctx;
    }

    private void controllerBuilt(Object controller) {
        controllers.add(controller);
        controllerWatcher.accept(controller);
    }

    /**
     * Hands {@code watcher} every controller of the screens built so far and of those built later (after a restore
     * too). FX thread. UI tests use it to watch the screens' view models.
     */
    public void watchControllers(Consumer<Object> watcher) {
        controllerWatcher = Objects.requireNonNull(watcher);
        List.copyOf(controllers).forEach(watcher);
    }

    /** The opened data folder and its services (null before it opens); UI tests check what was stored. */
    public Workspace workspace() {
        return workspace;
    }

    /**
     * Registers every controller with exactly the services it uses, each built once in {@code workspace}, and the
     * shared UI state: the one place the screens are wired, so a controller's constructor says what it touches.
     */
    static ViewLoader composeScreens(Workspace workspace, AppContext ctx, Consumer<Object> built) {
        ControllerFactory factory = new ControllerFactory(built);
        ViewLoader loader = new ViewLoader(factory);
        ToneActions tones = new ToneActions(ctx, workspace.tones());
        PlanFileActions planFiles = new PlanFileActions(ctx, workspace.imports(), workspace.plans(), tones);
        factory.register(MainWindowController.class,
                        () -> new MainWindowController(ctx, workspace.plans(), workspace.versions(), workspace.folder(),
                                loader, planFiles, tones, workspace.guide(), workspace.search()))
                .register(FirstRunController.class,
                        () -> new FirstRunController(ctx, workspace.commune(), workspace.plans(), loader, planFiles,
                                workspace.backups()))
                .register(CommuneProfileFormController.class, CommuneProfileFormController::new)
                .register(DashboardController.class,
                        () -> new DashboardController(ctx, workspace.plans(), workspace.periodicReports()))
                .register(PlanInfoController.class, () -> new PlanInfoController(ctx, workspace.plans(),
                        workspace.versions(), workspace.signedOriginals()))
                .register(OutlineController.class, () -> new OutlineController(ctx, workspace.outline()))
                .register(IndicatorsController.class, () -> new IndicatorsController(ctx, workspace.indicators(),
                        workspace.plans(), workspace.units()))
                .register(TargetMatrixController.class, () -> new TargetMatrixController(ctx,
                        workspace.assignments(), workspace.plans(), workspace.units()))
                .register(TaskMatrixController.class, () -> new TaskMatrixController(ctx, workspace.assignments(),
                        workspace.plans(), workspace.units()))
                .register(UnitsController.class, () -> new UnitsController(ctx, workspace.units()))
                .register(ReportingPeriodsController.class,
                        () -> new ReportingPeriodsController(ctx, workspace.reporting(), workspace.unitForms(),
                                workspace.formMail()))
                .register(ResultsController.class, () -> new ResultsController(ctx, workspace.reporting()))
                .register(DeadlinePaneController.class,
                        () -> new DeadlinePaneController(ctx, workspace.reporting()))
                .register(PeriodicReportController.class, () -> new PeriodicReportController(ctx,
                        workspace.reporting(), workspace.periodicReports(), workspace.packages(),
                        workspace.signedOriginals()))
                .register(SettingsController.class, () -> new SettingsController(ctx, workspace.commune(),
                        workspace.reporting(), workspace.backups(), loader));
        return loader;
    }

    /** Saves the preferences, closes the database after queued edits are written, then closes the log file. */
    @Override
    public void stop() {
        if (appearance != null) {
            appearance.uninstall();
        }
        try {
            if (collector != null) {
                collector.close();
            } else if (ctx != null) {
                try {
                    ctx.settings().save();
                } finally {
                    try {
                        ctx.close();
                    } finally {
                        workspace.close();
                    }
                }
            } else if (executor != null) {
                executor.shutdownNow();
                fileExecutor.shutdownNow();
                if (instance != null) {
                    instance.lock().close();
                }
            }
        } finally {
            if (instance != null) {
                instance.close();
            }
            AppLog.stop();
        }
    }
}
