package vn.kehoachxa;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.main.Navigation;

/**
 * The window's part of the AOT cache's training run ({@link AotTrainingRun}): once the main window is up, opens
 * every screen in the navigation's order, each after the previous one's database and file work has finished, then
 * quits so that the JVM writes the cache.
 */
final class TrainingTour {
    /** Set by the training run for the window it opens. */
    static final String PROPERTY = "kehoachxa.trainingTour";

    private final AppContext ctx;
    private final Stage stage;
    private final Deque<String> screens;

    private TrainingTour(AppContext ctx, Stage stage, List<String> screens) {
        this.ctx = ctx;
        this.stage = stage;
        this.screens = new ArrayDeque<>(screens);
    }

    /** Whether this window is the training run's. */
    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Starts the tour of the main window just shown. FX thread. */
    static void start(AppContext ctx, Stage stage) {
        List<String> names = java.util.Arrays.stream(Navigation.values()).map(Enum::name).toList();
        new TrainingTour(ctx, stage, names).next();
    }

    /** Opens the next screen once the work queued so far is done (its data is shown), or quits after the last. */
    private void next() {
        CompletableFuture.runAsync(() -> { }, ctx.executor())
                .thenRunAsync(() -> { }, ctx.fileExecutor())
                .whenComplete((done, error) -> Platform.runLater(() -> {
                    if (screens.isEmpty()) {
                        stage.hide();
                        Platform.exit();
                        return;
                    }
                    ctx.openScreen(screens.removeFirst());
                    next();
                }));
    }
}
