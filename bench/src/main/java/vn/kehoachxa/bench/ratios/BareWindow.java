package vn.kehoachxa.bench.ratios;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * Yardstick for the app's cold start: the least a JavaFX program can do to show a window with a line of text, on the
 * same runtime, JVM options and jars as the app (and an AOT cache of its own). Prints the same
 * {@code KEHOACHXA_PLAN_SHOWN <epoch ms>} marker as the app once the window has been shown, then quits. A separate
 * class from the {@code Application}, as the app's {@code Main}, so that JavaFX on the class path starts.
 */
public final class BareWindow {
    private BareWindow() {
    }

    /** Starts the window; no arguments. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            stage.setScene(new Scene(new StackPane(new Label("Kế hoạch Xã")), 1024, 700));
            stage.setOnShown(e -> Platform.runLater(() -> {
                System.out.println(Child.PLAN_SHOWN + System.currentTimeMillis());
                System.out.flush();
                stage.hide();
                Platform.exit();
            }));
            stage.show();
        }
    }
}
