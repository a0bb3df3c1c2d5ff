package vn.kehoachxa.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The small UI state the screens share: the two background executors (ordered database work; long file work), the
 * settings, the current plan, the "plan changed" signal, the text size, the file dialogs and how files are opened.
 * It holds no services and no data: each screen's controller is given the services it uses by the composition root
 * ({@code App.composeScreens}), so its constructor says what it touches.
 */
public final class AppContext implements AutoCloseable {
    private final ExecutorService executor;
    private final ExecutorService fileExecutor;
    private final AppSettings settings;
    /** Edits over the whole plan (Thống nhất cách bỏ dấu), undone by Ctrl+Z before the screen's own edits. */
    private final vn.kehoachxa.service.edit.EditHistory planWideEdits = new vn.kehoachxa.service.edit.EditHistory();
    private final ObjectProperty<Long> currentPlanId = new SimpleObjectProperty<>(this, "currentPlanId");
    private final ReadOnlyLongWrapper planChanges = new ReadOnlyLongWrapper(this, "planChanges");
    private final ObjectProperty<TextSize> textSize = new SimpleObjectProperty<>(this, "textSize");
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private java.util.function.Consumer<java.nio.file.Path> opener = path -> { };
    private FileChooserPort fileChooser = FileChooserPort.system();
    private Runnable reloader = () -> { };
    private java.util.function.Consumer<String> screenOpener = name -> { };

    /** Shares the ordered {@code executor} and the {@code fileExecutor} (both shut down on close). */
    public AppContext(ExecutorService executor, ExecutorService fileExecutor, AppSettings settings) {
        this.executor = executor;
        this.fileExecutor = fileExecutor;
        this.settings = settings;
        this.textSize.set(settings.textSize());
        this.theme.set(settings.theme());
    }

    /**
     * The ordered background thread for database work. One thread keeps edits in the order they were made, and H2
     * with one user gains nothing from more.
     */
    public static ExecutorService newExecutor() {
        return Executors.newSingleThreadExecutor(daemon("kehoachxa-background"));
    }

    /**
     * The threads for long file work: LibreOffice conversions, report packages, large exports, opening files in
     * the system's program. Two, so opening a file is not stuck behind a package build; each LibreOffice run has
     * its own profile, so two may run at once.
     */
    public static ExecutorService newFileExecutor() {
        return Executors.newFixedThreadPool(2, daemon("kehoachxa-files"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
        return r -> {
            Thread t = new Thread(r, count.getAndIncrement() == 0 ? name : name + "-" + count.get());
            t.setDaemon(true);
            return t;
        };
    }

    /**
     * The ordered executor: database reads and edits go here, never on the FX thread. Long file work reads its data
     * here first (a snapshot), then writes on {@link #fileExecutor()}, so later edits never wait behind it.
     */
    public ExecutorService executor() {
        return executor;
    }

    /** The executor for long file work that needs no database (see {@link #newFileExecutor()}). */
    public ExecutorService fileExecutor() {
        return fileExecutor;
    }

    /** The UI preferences. */
    public AppSettings settings() {
        return settings;
    }

    /** The history of edits over the whole plan, which the main window undoes before the screen's own. */
    public vn.kehoachxa.service.edit.EditHistory planWideEdits() {
        return planWideEdits;
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

    /** The UI text size; {@link Appearance} applies it to every window. */
    public ObjectProperty<TextSize> textSizeProperty() {
        return textSize;
    }

    /** The colour theme (standard or high contrast); {@link Appearance} applies it to every window. */
    public ObjectProperty<Theme> themeProperty() {
        return theme;
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

    /**
     * Opens a file or folder in the system's own program ("Mở tệp", "Mở thư mục") on the file executor: starting
     * the program may take seconds and must hold up neither the window nor later edits.
     */
    public void open(java.nio.file.Path path) {
        java.util.function.Consumer<java.nio.file.Path> how = opener;
        Tasks.run(() -> how.accept(path)).runOn(fileExecutor);
    }

    /** Sets how a screen is opened by its navigation name ("PLAN_INFO"): the main window's navigation. */
    public void setScreenOpener(java.util.function.Consumer<String> opener) {
        this.screenOpener = java.util.Objects.requireNonNull(opener);
    }

    /** Opens the screen named {@code name} (a navigation entry, "TASK_MATRIX"); nothing before the window is up. */
    public void openScreen(String name) {
        screenOpener.accept(name);
    }

    /** Sets how every screen is rebuilt after the data was replaced (a restored backup). */
    public void setReloader(Runnable reloader) {
        this.reloader = java.util.Objects.requireNonNull(reloader);
    }

    /** Rebuilds every screen on the data now in the database (after a restore). FX thread. */
    public void reloadAll() {
        reloader.run();
    }

    /**
     * Stops the file work (a conversion or export in progress gets a moment, then is interrupted; its temporary
     * files are removed by the safe writer), then the ordered thread after it finishes queued edits. The composition
     * root closes the data after this, so no queued edit finds it closed.
     */
    @Override
    public void close() {
        stop(fileExecutor, 2);
        stop(executor, 10);
    }

    private static void stop(ExecutorService service, int seconds) {
        service.shutdown();
        try {
            if (!service.awaitTermination(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
                service.shutdownNow();
            }
        } catch (InterruptedException e) {
            service.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
