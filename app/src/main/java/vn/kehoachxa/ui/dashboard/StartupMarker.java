package vn.kehoachxa.ui.dashboard;

/**
 * For the cold-start benchmark ({@code bench/cold-start.sh}): with {@code -Dkehoachxa.startupMarker=true} the app
 * prints one line when the main window first shows a plan's overview, with the wall-clock time in epoch milliseconds
 * (the benchmark subtracts its own launch time, so JVM boot counts too). With {@code -Dkehoachxa.exitAfterStartup=true}
 * it then quits, which makes a training run for an AOT cache.
 */
public final class StartupMarker {
    /** The line's prefix the benchmark waits for. */
    public static final String PREFIX = "KEHOACHXA_PLAN_SHOWN";
    private static volatile boolean printed;

    private StartupMarker() {
    }

    /** Prints the marker once, when the property asks for it. FX thread. */
    static void planShown(javafx.scene.Node shown) {
        if (printed || !Boolean.getBoolean("kehoachxa.startupMarker")) {
            return;
        }
        printed = true;
        System.out.println(PREFIX + " " + System.currentTimeMillis());
        System.out.flush();
        if (Boolean.getBoolean("kehoachxa.exitAfterStartup")) {
            // A training run for the JVM's AOT cache must end by itself for the cache to be written.
            javafx.application.Platform.runLater(() -> {
                if (shown.getScene() != null && shown.getScene().getWindow() != null) {
                    shown.getScene().getWindow().hide();
                }
                javafx.application.Platform.exit();
            });
        }
    }
}
