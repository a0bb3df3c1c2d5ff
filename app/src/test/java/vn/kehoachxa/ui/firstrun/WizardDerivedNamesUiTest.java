package vn.kehoachxa.ui.firstrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.testsupport.AppDriver;

/** The wizard's committee names and place follow the commune's name and kind until the official types over them. */
class WizardDerivedNamesUiTest {
    @TempDir
    Path dataDir;
    private AppDriver app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.stop();
        }
    }

    /** Picks the kind in the combo box as a selection from its list does. */
    private void choose(CommuneKind kind) {
        ComboBox<CommuneKind> box = app.lookup("#kindBox").query();
        app.fx(() -> box.getSelectionModel().select(kind));
    }

    @Test
    void choosingWardAfterTypingTheNameChangesTheHeadersAndAHandEditStays() {
        // The database is created beforehand (no profile yet), so a loaded machine does not spend the start-up wait
        // on building it; the wizard still opens at the profile step.
        Database.open(dataDir).close();
        app = new AppDriver(dataDir).start();
        TextField name = app.waitFor("#nameField");
        TextField people = app.lookup("#peopleCommitteeField").query();
        TextField party = app.lookup("#partyCommitteeField").query();
        TextField place = app.lookup("#placeField").query();

        app.clickOn(name).write("Tan Lap");
        assertThat(people.getText()).isEqualTo("ỦY BAN NHÂN DÂN XÃ TAN LAP");
        app.fx(() -> name.setText("Tân Lập"));
        choose(CommuneKind.PHUONG);

        assertThat(people.getText()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP");
        assertThat(party.getText()).isEqualTo("ĐẢNG ỦY PHƯỜNG TÂN LẬP");
        assertThat(place.getText()).isEqualTo("Tân Lập");
        app.screenshot("wizard-1-ward-follows");

        app.clickOn(people).push(KeyCode.END).write(" (MOI)");
        app.clickOn(name).push(KeyCode.END).write(" 2");
        choose(CommuneKind.XA);

        assertThat(people.getText()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP (MOI)");
        assertThat(party.getText()).isEqualTo("ĐẢNG ỦY XÃ TÂN LẬP 2");
        assertThat(place.getText()).isEqualTo("Tân Lập 2");
        app.screenshot("wizard-2-hand-edit-stays");

        app.fx(() -> ((TextField) app.lookup("#provinceField").query()).setText("Phú Thọ"));
        app.clickOn("#saveProfileButton");
        app.until(() -> app.lookup("#planStep").query().isVisible());
        app.stop();
        app = null;
        try (Database db = Database.open(dataDir)) {
            assertThat(new CommuneService(db).profile()).hasValueSatisfying(p -> {
                assertThat(p.kind()).isEqualTo(CommuneKind.XA);
                assertThat(p.peopleCommitteeName()).isEqualTo("ỦY BAN NHÂN DÂN PHƯỜNG TÂN LẬP (MOI)");
                assertThat(p.partyCommitteeName()).isEqualTo("ĐẢNG ỦY XÃ TÂN LẬP 2");
            });
        }
    }
}
