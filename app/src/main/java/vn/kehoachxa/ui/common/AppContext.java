package vn.kehoachxa.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.AssignmentService;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.IndicatorService;
import vn.kehoachxa.service.OutlineService;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.UnitService;

/**
 * What every screen shares: the services, the single background executor, the settings, the current plan and
 * the "plan changed" signal. Built once by the composition root after the database has opened.
 */
public final class AppContext implements AutoCloseable {
    private final Database database;
    private final ExecutorService executor;
    private final AppSettings settings;
    private final PlanService plans;
    private final OutlineService outline;
    private final IndicatorService indicators;
    private final AssignmentService assignments;
    private final UnitService units;
    private final CommuneService commune;
    private final ObjectProperty<Long> currentPlanId = new SimpleObjectProperty<>(this, "currentPlanId");
    private final ReadOnlyLongWrapper planChanges = new ReadOnlyLongWrapper(this, "planChanges");
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize");
    private java.util.function.Consumer<java.nio.file.Path> opener = path -> { };
    private FileChooserPort fileChooser = FileChooserPort.system();
    private Runnable reloader = () -> { };

    /** Shares {@code database} and {@code executor} (which this context shuts down on close). */
    public AppContext(Database database, ExecutorService executor, AppSettings settings) {
        this.database = database;
        this.executor = executor;
        this.settings = settings;
        this.plans = new PlanService(database);
        this.outline = new OutlineService(database);
        this.indicators = new IndicatorService(database);
        this.assignments = new AssignmentService(database);
        this.units = new UnitService(database);
        this.commune = new CommuneService(database);
        this.textSize.set(settings.textSize());
    }

    /**
     * The one background thread for database and file work. One thread keeps edits in the order they were made,
     * and H2 with one user gains nothing from more.
     */
    public static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "kehoachxa-background");
            t.setDaemon(true);
            return t;
        });
    }

    /** The background executor: database and file work go here, never on the FX thread. */
    public ExecutorService executor() {
        return executor;
    }

    /** The open database. */
    public Database database() {
        return database;
    }

    /** The UI preferences. */
    public AppSettings settings() {
        return settings;
    }

    /** Plans: list, load, create, edit fields. */
    public PlanService plans() {
        return plans;
    }

    /** The section tree and section bodies. */
    public OutlineService outline() {
        return outline;
    }

    /** The indicator table. */
    public IndicatorService indicators() {
        return indicators;
    }

    /** The two assignment matrices. */
    public AssignmentService assignments() {
        return assignments;
    }

    /** The commune's units. */
    public UnitService units() {
        return units;
    }

    /** The commune profile. */
    public CommuneService commune() {
        return commune;
    }

    /** The plan being worked on (null: none yet). Set it to switch plans; screens follow. */
    public ObjectProperty<Long> currentPlanIdProperty() {
        return currentPlanId;
    }

    /** The plan being worked on, or null. */
    public Long currentPlanId() {
        return currentPlanId.get();
    }

    /** Switches to plan {@code planId}. */
    public void setCurrentPlanId(Long planId) {
        currentPlanId.set(planId);
    }

    /**
     * Counts edits that change what the plan switcher or other screens show (summary, number, a new plan).
     * Listen to it to refresh; call {@link #firePlanChanged()} after such an edit. FX thread only.
     */
    public ReadOnlyLongProperty planChangesProperty() {
        return planChanges.getReadOnlyProperty();
    }

    /** Tells listeners that the current plan (or the list of plans) changed. FX thread only. */
    public void firePlanChanged() {
        planChanges.set(planChanges.get() + 1);
    }

    /** Calls {@code listener} after every {@link #firePlanChanged()}. */
    public void onPlanChanged(Runnable listener) {
        planChanges.addListener((obs, old, now) -> listener.run());
    }

    /** The UI text size; the main window applies it to its root. */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** Sets how files and folders are opened in the system's own program (HostServices in the app). */
    public void setOpener(java.util.function.Consumer<java.nio.file.Path> opener) {
        this.opener = opener;
    }

    /** Where file dialogs come from: the system's in the app, a fixed folder in UI tests. */
    public FileChooserPort fileChooser() {
        return fileChooser;
    }

    /** Replaces the file dialogs (UI tests: {@link FileChooserPort#fixedFolder}). */
    public void setFileChooser(FileChooserPort fileChooser) {
        this.fileChooser = java.util.Objects.requireNonNull(fileChooser);
    }

    /** Opens a file or folder in the system's own program ("Mở tệp", "Mở thư mục"). */
    public void open(java.nio.file.Path path) {
        opener.accept(path);
    }

    /** Sets how every screen is rebuilt after the data was replaced (a restored backup). */
    public void setReloader(Runnable reloader) {
        this.reloader = java.util.Objects.requireNonNull(reloader);
    }

    /** Rebuilds every screen on the data now in the database (after a restore). FX thread. */
    public void reloadAll() {
        reloader.run();
    }

    /** Stops the background thread (after it finishes queued edits) and closes the database. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.close();
    }
}
