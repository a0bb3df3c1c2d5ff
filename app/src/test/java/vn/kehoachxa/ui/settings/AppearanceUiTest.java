package vn.kehoachxa.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.AppDriver;
import vn.kehoachxa.ui.common.AppSettings;
import vn.kehoachxa.ui.common.Appearance;
import vn.kehoachxa.ui.common.Dialogs;
import vn.kehoachxa.ui.common.TextSize;
import vn.kehoachxa.ui.common.Theme;

/**
 * The text size and the theme chosen in Cài đặt reach every window: alerts, dialogs made by hand, a bare window,
 * those already open when the choice changes, and the main window after a restart (the choice is kept).
 */
class AppearanceUiTest {
    private static final TextSize LARGEST = Arrays.stream(TextSize.values())
            .max(Comparator.comparingInt(TextSize::pixels)).orElseThrow();

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
    void dialogsFollowTheTextSizeAndTheHighContrastThemeChosenInSettings() {
        AppDriver.seedMuongLa(dataDir);
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.navigate("Cài đặt");
        ComboBox<TextSize> size = app.waitFor("#textSizeBox");
        ComboBox<Theme> theme = app.lookup("#themeBox").query();
        app.fx(() -> {
            size.setValue(LARGEST);
            theme.setValue(Theme.HIGH_CONTRAST);
        });
        app.screenshot("appearance-settings-high-contrast");
        assertThat(highContrast(app.stage().getScene())).isTrue();

        // An alert as the app makes them, a dialog built without the helper, and a bare window.
        Alert[] alert = new Alert[1];
        Dialog<?>[] custom = new Dialog<?>[1];
        Stage[] bare = new Stage[1];
        Label customText = new Label("Hộp thoại tự dựng");
        Label bareText = new Label("Cửa sổ riêng");
        app.fx(() -> {
            alert[0] = Dialogs.alert(Alert.AlertType.INFORMATION, "Cỡ chữ của hộp thoại theo Cài đặt.");
            alert[0].initOwner(app.stage());
            alert[0].show();
            custom[0] = new Dialog<>();
            custom[0].initOwner(app.stage());
            custom[0].getDialogPane().setContent(customText);
            custom[0].getDialogPane().getButtonTypes().add(vn.kehoachxa.ui.common.Buttons.CLOSE);
            custom[0].show();
            bare[0] = new Stage();
            bare[0].initOwner(app.stage());
            bare[0].setScene(new Scene(new StackPane(bareText), 300, 100));
            bare[0].show();
        });
        Label alertText = (Label) alert[0].getDialogPane().lookup(".content.label");
        app.screenshotOf("appearance-alert-high-contrast", alertText);
        app.fx(() -> {
            assertThat(alertText.getFont().getSize()).isEqualTo(LARGEST.pixels());
            assertThat(customText.getFont().getSize()).isEqualTo(LARGEST.pixels());
            assertThat(bareText.getFont().getSize()).isEqualTo(LARGEST.pixels());
            assertThat(highContrast(alert[0].getDialogPane().getScene())).isTrue();
            assertThat(highContrast(custom[0].getDialogPane().getScene())).isTrue();
            assertThat(highContrast(bare[0].getScene())).isTrue();
        });

        // A change while they are open reaches them too.
        app.fx(() -> {
            size.setValue(TextSize.SMALL);
            theme.setValue(Theme.STANDARD);
        });
        app.fx(() -> {
            assertThat(alertText.getFont().getSize()).isEqualTo(TextSize.SMALL.pixels());
            assertThat(bareText.getFont().getSize()).isEqualTo(TextSize.SMALL.pixels());
            assertThat(highContrast(alert[0].getDialogPane().getScene())).isFalse();
            assertThat(highContrast(app.stage().getScene())).isFalse();
            alert[0].close();
            custom[0].close();
            bare[0].close();
            theme.setValue(Theme.HIGH_CONTRAST);
        });
        app.until(() -> AppSettings.load(dataDir).theme() == Theme.HIGH_CONTRAST
                && AppSettings.load(dataDir).textSize() == TextSize.SMALL);

        // Kept: the next start opens in high contrast.
        app.stop();
        app = new AppDriver(dataDir).start();
        app.waitFor("#planSwitcher");
        app.fx(() -> assertThat(highContrast(app.stage().getScene())).isTrue());
        app.screenshot("appearance-main-high-contrast");
    }

    private static boolean highContrast(Scene scene) {
        boolean sheet = scene.getStylesheets().stream().anyMatch(s -> s.endsWith("/css/high-contrast.css"));
        boolean styled = scene.getRoot().getStyleClass().contains(Appearance.styleClass(Theme.HIGH_CONTRAST));
        assertThat(styled).as("theme class on the root of %s", scene.getRoot()).isEqualTo(sheet);
        return sheet;
    }
}
