package vn.kehoachxa.ui.outline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.SectionNumbering.Numbered;
import vn.kehoachxa.testsupport.AppDriver;

class OutlineUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void movingSecondSectionUpRenumbersBothAndUndoRestoresThem() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Nội dung");
        TreeView<Numbered> tree = app.waitFor("#tree");
        app.until(() -> tree.getRoot() != null && tree.getRoot().getChildren().size() > 1);
        String first = heading(tree, 0);
        String second = heading(tree, 1);
        assertThat(label(tree, 0)).isEqualTo("I.");
        app.fx(() -> tree.getSelectionModel().select(tree.getRoot().getChildren().get(1)));
        app.screenshot("outline-1-before-move");

        app.clickOn("#moveUpButton");
        app.until(() -> heading(tree, 0).equals(second));
        assertThat(label(tree, 0)).isEqualTo("I.");
        assertThat(label(tree, 1)).isEqualTo("II.");
        assertThat(heading(tree, 1)).isEqualTo(first);
        app.screenshot("outline-2-after-move-up");

        app.clickOn("#undoButton");
        app.until(() -> heading(tree, 0).equals(first));
        assertThat(heading(tree, 1)).isEqualTo(second);
        app.screenshot("outline-3-after-undo");
    }

    private static String heading(TreeView<Numbered> tree, int index) {
        return node(tree, index).getValue().section().heading();
    }

    private static String label(TreeView<Numbered> tree, int index) {
        return node(tree, index).getValue().label();
    }

    private static TreeItem<Numbered> node(TreeView<Numbered> tree, int index) {
        return tree.getRoot().getChildren().get(index);
    }
}
