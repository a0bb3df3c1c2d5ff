package vn.kehoachxa;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import vn.kehoachxa.domain.Texts;

/** The desktop application (JavaFX): composition root of the screens. */
public final class App extends Application {
    @Override
    public void start(Stage stage) {
        stage.setTitle(Texts.get("app.title"));
        stage.setScene(new Scene(new Label(Texts.get("app.title")), 640, 400));
        stage.show();
    }
}
