package vn.kehoachxa.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.service.collect.CollectorWorkspace;
import vn.kehoachxa.testsupport.AppDriver;

/**
 * A new data folder asks what this computer is for before any database exists: Xã/phường (the default, chosen with
 * the keyboard alone) leads to the commune's first-run wizard; Tỉnh creates an embedded collector and opens its
 * window, and the next start on that folder opens the collector without asking. Screenshots under
 * {@code target/screenshots/firstrun/}.
 */
class FolderKindUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        stopApp();
    }

    private void stopApp() {
        if (app != null) {
            // The collector's window binds the shared primary stage's title; later starts set it.
            app.fx(() -> app.stage().titleProperty().unbind());
            app.stop();
            app = null;
        }
    }

    @Test
    void theCommuneAnswerIsTheDefaultAndEnterOpensTheCommuneWizard() {
        app = new AppDriver(dataDir).startAtFolderChoice();
        RadioButton commune = app.waitFor("#communeChoice");
        RadioButton province = app.lookup("#provinceChoice").query();
        app.until(commune::isFocused);
        assertThat(commune.isSelected()).isTrue();
        assertThat(province.isSelected()).isFalse();
        // Asked before any database is created: nothing decides the folder's kind yet.
        assertThat(CollectorWorkspace.kindOf(dataDir)).isEqualTo(DataFolderKind.EMPTY);
        assertThat(dataDir.resolve("kehoachxa.mv.db")).doesNotExist();
        assertThat(dataDir.resolve(CollectorDatabase.FILE_NAME + ".mv.db")).doesNotExist();
        app.screenshot("firstrun/folder-kind-1-question");

        app.type(KeyCode.ENTER);
        app.waitWhileTheDatabaseOpens();
        app.waitFor("#nameField");
        assertThat(app.lookup("#saveProfileButton").tryQuery()).isPresent();
        assertThat(app.lookup("#communeChoice").tryQuery()).isEmpty();
        assertThat(CollectorWorkspace.kindOf(dataDir)).isEqualTo(DataFolderKind.COMMUNE);
        assertThat(app.app().workspace()).isNotNull();
        app.screenshot("firstrun/folder-kind-2-commune-wizard");
    }

    @Test
    void theProvinceAnswerOpensTheCollectorAndTheFolderStaysACollectorsWithoutAskingAgain() {
        app = new AppDriver(dataDir).startAtFolderChoice();
        RadioButton commune = app.waitFor("#communeChoice");
        RadioButton province = app.lookup("#provinceChoice").query();
        app.until(commune::isFocused);
        app.type(KeyCode.DOWN);
        app.type(KeyCode.SPACE);
        app.until(province::isSelected);
        assertThat(commune.isSelected()).isFalse();
        app.screenshot("firstrun/folder-kind-3-province-chosen");

        app.type(KeyCode.ENTER);
        app.waitWhileTheDatabaseOpens();
        app.waitFor("#importButton");
        app.waitFor("#receiptTable");
        assertThat(CollectorWorkspace.kindOf(dataDir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
        assertThat(dataDir.resolve("kehoachxa.mv.db")).doesNotExist();
        assertThat(app.app().workspace()).isNull();
        app.screenshot("firstrun/folder-kind-4-collector-window");

        stopApp();
        app = new AppDriver(dataDir).startAtFolderChoice();
        app.waitFor("#importButton");
        assertThat(app.lookup("#folderKindContinue").tryQuery()).isEmpty();
        assertThat(dataDir.resolve("kehoachxa.mv.db")).doesNotExist();
        app.screenshot("firstrun/folder-kind-5-collector-reopened");
    }
}
