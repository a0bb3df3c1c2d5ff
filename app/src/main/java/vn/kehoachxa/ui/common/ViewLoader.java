package vn.kehoachxa.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import vn.kehoachxa.domain.Texts;

/** Loads a screen's FXML with the message bundle and the controller factory. Call on the FX thread. */
public final class ViewLoader {
    private final ControllerFactory controllers;

    /** Loads with controllers from {@code controllers}. */
    public ViewLoader(ControllerFactory controllers) {
        this.controllers = controllers;
    }

    /** Loads {@code file}; the controller type is whatever its {@code fx:controller} names. */
    public <C> View<C> load(FxmlFile file) {
        URL url = ViewLoader.class.getResource(file.resource());
        if (url == null) {
            throw new IllegalStateException("FXML missing from the classpath: " + file.resource());
        }
        FXMLLoader loader = new FXMLLoader(url, Texts.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            Placeholders.fill(root);
            FieldCaptions.link(root);
            return new View<>(root, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + file.resource(), e);
        }
    }
}
