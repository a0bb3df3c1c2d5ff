package vn.kehoachxa.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeTableView;
import javafx.stage.Window;
import vn.kehoachxa.Main;
import vn.kehoachxa.ui.dashboard.StartupMarker;
import vn.kehoachxa.ui.main.Navigation;

/**
 * A screen switch in the real app: starts {@code vn.kehoachxa.Main} in this process on {@code --data-dir}, waits
 * for the dashboard's start-up marker, then picks "Phân công nhiệm vụ" (the task matrix, the screen that grows most
 * with a plan) in the left navigation and times the click → the first frame after its table holds the plan's rows.
 * The screen is loaded for the first time, as on a user's first visit. Prints {@code SCREEN_SWITCH_MS n} and exits.
 * Needs {@code -Dkehoachxa.startupMarker=true}. Arguments: {@code DATA_DIR}.
 */
public final class ScreenSwitch {
    private static final String RESULT = "SCREEN_SWITCH_MS ";

    private ScreenSwitch() {
    }

    /** Runs the switch; see the class comment. */
    public static void main(String[] args) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        PrintStream out = System.out;
        System.setOut(new PrintStream(new OutputStream() {
            private final StringBuilder line = new StringBuilder();

            @Override
            public void write(int b) {
                out.write(b);
                if (b == '\n') {
                    if (line.toString().startsWith(StartupMarker.PREFIX)) {
                        shown.countDown();
                    }
                    line.setLength(0);
                } else {
                    line.append((char) b);
                }
            }
        }, true, StandardCharsets.UTF_8));
        Thread app = new Thread(() -> {
            try {
                Main.main(new String[] {"--data-dir", args[0]});
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }, "app");
        app.setDaemon(true);
        app.start();
        if (!shown.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the app did not show the plan");
        }
        CountDownLatch switched = new CountDownLatch(1);
        long[] ms = new long[1];
        Platform.runLater(() -> {
            Window window = Window.getWindows().getFirst();
            @SuppressWarnings("unchecked")
            ListView<Navigation> navigation = (ListView<Navigation>) window.getScene().lookup(".navigation");
            long start = System.nanoTime();
            navigation.getSelectionModel().select(Navigation.TASK_MATRIX);
            new AnimationTimer() {
                private boolean filled;

                @Override
                public void handle(long now) {
                    if (filled) {
                        ms[0] = (System.nanoTime() - start) / 1_000_000;
                        stop();
                        switched.countDown();
                        return;
                    }
                    // Filled: the next pulse draws the rows, so the time is taken on that one.
                    filled = window.getScene().getRoot().lookupAll(".tree-table-view").stream()
                            .map(n -> (TreeTableView<?>) n).filter(Node::isVisible)
                            .anyMatch(t -> t.getRoot() != null && !t.getRoot().getChildren().isEmpty());
                }
            }.start();
        });
        if (!switched.await(300, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the task matrix never showed the plan's rows");
        }
        out.println(RESULT + ms[0]);
        out.flush();
        System.exit(0);
    }
}
