package vn.kehoachxa.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextArea;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.testsupport.EnglishText;

class TextMenusUiTest {
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
    void aTextFieldsRightClickMenuIsVietnameseAndItsItemsWork() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.navigate("Thông tin kế hoạch");
        TextArea summary = app.waitFor("#summaryArea");
        app.fx(() -> summary.selectRange(0, 8));

        ContextMenu menu = openMenuOn(summary);
        List<String> labels = menu.getItems().stream().filter(i -> !(i instanceof SeparatorMenuItem))
                .map(MenuItem::getText).toList();
        assertThat(labels).containsExactly("Hoàn tác", "Làm lại", "Cắt", "Sao chép", "Dán", "Xóa", "Chọn tất cả");
        labels.forEach(label -> assertThat(EnglishText.in(label)).as(label).isEmpty());
        assertThat(item(menu, "Hoàn tác").isDisable()).as("nothing typed yet").isTrue();
        assertThat(item(menu, "Sao chép").isDisable()).as("a selection can be copied").isFalse();
        app.screenshotOf("text-field-menu", summary);

        String text = summary.getText();
        app.fx(() -> {
            menu.hide();
            item(menu, "Chọn tất cả").fire();
        });
        assertThat(summary.getSelectedText()).isEqualTo(text);

        ContextMenu second = openMenuOn(summary);
        app.fx(() -> {
            second.hide();
            item(second, "Xóa").fire();
        });
        assertThat(summary.getText()).isEmpty();
        ContextMenu third = openMenuOn(summary);
        assertThat(item(third, "Hoàn tác").isDisable()).isFalse();
        app.fx(() -> {
            third.hide();
            item(third, "Hoàn tác").fire();
        });
        assertThat(summary.getText()).isEqualTo(text);
    }

    private ContextMenu openMenuOn(TextArea field) {
        AtomicReference<ContextMenu> shown = new AtomicReference<>();
        app.fx(() -> {
            Bounds b = field.localToScreen(field.getBoundsInLocal());
            double x = b.getMinX() + 10;
            double y = b.getMinY() + 10;
            Event.fireEvent(field, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, x, y, false,
                    new PickResult(field, x, y)));
        });
        app.until(() -> {
            List<ContextMenu> menus = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                    .map(w -> (ContextMenu) w).toList();
            if (menus.size() == 1) {
                shown.set(menus.getFirst());
                return true;
            }
            return false;
        });
        return shown.get();
    }

    private static MenuItem item(ContextMenu menu, String label) {
        return menu.getItems().stream().filter(i -> label.equals(i.getText())).findFirst().orElseThrow();
    }
}
