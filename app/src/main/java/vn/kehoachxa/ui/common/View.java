package vn.kehoachxa.ui.common;

import javafx.scene.Parent;

/** A loaded screen: its root node and its controller (null when the FXML names none). */
public record View<C>(Parent root, C controller) {
}
