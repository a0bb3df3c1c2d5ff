package vn.kehoachxa.testsupport;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;
import vn.kehoachxa.App;

/**
 * Starts the real {@link App} on a data folder, waits for screens, and saves screenshots of what tests check. Every
 * screen's view models are watched by an {@link FxThreadGuard} from the start: {@link #stop()} fails the test when a
 * bound property changed off the FX thread.
 */
public final class AppDriver extends FxRobot {
    private final Path dataDir;
    private Application app;
    private Stage stage;
    private final FxThreadGuard guard = new FxThreadGuard();

    /** A driver for the app on {@code dataDir}. */
    public AppDriver(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** Prepares {@code dataDir} as after a first run: a commune profile and the Mường La sample plan. */
    public static long seedMuongLa(Path dataDir) {
        try (vn.kehoachxa.persistence.Database db = vn.kehoachxa.persistence.Database.open(dataDir)) {
            new vn.kehoachxa.service.CommuneService(db).save(new vn.kehoachxa.domain.commune.CommuneProfile(
                    "Mường La", vn.kehoachxa.domain.commune.CommuneKind.XA, "Sơn La", "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null,
                    "Mường La",
                    java.util.List.of(), java.util.List.of()));
            return new vn.kehoachxa.service.PlanService(db).create(
                    vn.kehoachxa.exchange.planfile.PlanFiles.readBundledSample("muong-la"));
        }
    }

    /** Clicks the left navigation entry with text {@code name} and waits for the screen. */
    public void navigate(String name) {
        clickOn(name);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Starts the app the way {@code kehoachxa --data-dir DIR} does. On a new folder the app first asks what this
     * computer is for; the driver answers the default, Xã/phường, as most tests want the commune's first-run wizard
     * (the one place tests take that path; {@link #startAtFolderChoice()} leaves the question open).
     */
    public AppDriver start() {
        startAtFolderChoice();
        boolean[] asked = new boolean[1];
        interact(() -> asked[0] = lookup("#folderKindContinue").tryQuery().isPresent());
        if (asked[0]) {
            clickOn("#folderKindContinue");
            waitWhileTheDatabaseOpens();
        }
        return this;
    }

    /**
     * Starts the app like {@link #start()}, but leaves a new folder's question (Xã/phường or Tỉnh) unanswered. The
     * folder starts opening before the window, as from {@code main}.
     */
    public AppDriver startAtFolderChoice() {
        try {
            stage = FxToolkit.registerPrimaryStage();
            // As main does: the folder starts opening before the window starts (decision 0050).
            String[] args = {"--data-dir", dataDir.toString()};
            App.beginOpening(args);
            app = FxToolkit.setupApplication(App.class, args);
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        // Controllers built before this line are handed over too, so no screen escapes the guard.
        App started = app();
        interact(() -> started.watchControllers(guard::watchController));
        waitWhileTheDatabaseOpens();
        return this;
    }

    /**
     * Closes the app as the user would (stop: settings saved, queued edits written, database closed), then fails
     * if any watched view-model property changed off the FX thread while it ran.
     */
    public void stop() {
        try {
            // The window goes first, as when the user closes it: its hiding handler saves the field in progress,
            // then stop() writes the queue and closes the database.
            FxToolkit.cleanupStages();
            if (app != null) {
                FxToolkit.cleanupApplication(app);
                app = null;
            }
        } catch (TimeoutException e) {
            throw new IllegalStateException(e);
        }
        guard.assertNoOffThreadChanges();
    }

    /**
     * Opening a data folder (creating and migrating a new database) is not what a UI test checks, and on a loaded
     * machine it can outlast a step's 15 s; so the start waits for the loading screen to go, generously. When it
     * does not go (a failure left on the loading screen), the test's own waits say what is missing.
     */
    public void waitWhileTheDatabaseOpens() {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> {
                boolean[] loading = new boolean[1];
                interact(() -> loading[0] = lookup("#loadingProgress").tryQuery().map(Node::isVisible)
                        .orElse(false));
                return !loading[0];
            });
        } catch (TimeoutException e) {
            // Reported by the test's next wait.
        }
    }

    /** Waits until {@code query} finds a node, then returns it. */
    public <T extends Node> T waitFor(String query) {
        until(() -> lookup(query).tryQuery().isPresent());
        return lookup(query).query();
    }

    /** Waits (up to 15 s) until {@code condition} holds on the FX thread. */
    public void until(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> {
                boolean[] result = new boolean[1];
                interact(() -> result[0] = condition.getAsBoolean());
                return result[0];
            });
        } catch (TimeoutException e) {
            throw new AssertionError("Condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Runs {@code action} on the FX thread and waits for the events it causes. */
    public void fx(Runnable action) {
        interact(action);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The app's window. */
    public Stage stage() {
        return stage;
    }

    /** Saves the window as {@code target/screenshots/NAME.png}; returns the file. */
    public Path screenshot(String name) {
        return screenshot(name, stage.getScene());
    }

    /** Saves the window that shows {@code node} (a dialog, say) as {@code target/screenshots/NAME.png}. */
    public Path screenshotOf(String name, Node node) {
        return screenshot(name, node.getScene());
    }

    /** The guard watching the screens' view models for changes off the FX thread. */
    public FxThreadGuard threadGuard() {
        return guard;
    }

    /** The running application (to reach its context, e.g. to give the export actions a fixed folder). */
    public App app() {
        return (App) app;
    }

    private Path screenshot(String name, javafx.scene.Scene scene) {
        return Screenshots.save(name, scene);
    }
}
