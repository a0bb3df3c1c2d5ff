package vn.kehoachxa.ui.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.UnitService;

/** Đơn vị's e-mail edit: one stored change, undone and redone through the screen's edit history. */
class UnitEmailEditTest {
    @TempDir
    Path dir;
    Database db;
    UnitService units;
    UnitsViewModel model;
    Unit health;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        units = new UnitService(db);
        model = new UnitsViewModel(units);
        health = units.add(Unit.named("Trạm Y tế xã", UnitKind.HEALTH).withEmail("tyt.muongla@gmail.com"));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private String stored() {
        return units.all().stream().filter(u -> u.id().equals(health.id())).findFirst().orElseThrow().email();
    }

    @Test
    void anEmailEditIsUndoneToTheOldAddressAndRedoneToTheNewList() throws Exception {
        String saved = model.setEmail(health, "tyt.muongla@gmail.com , tramtruong@muongla.gov.vn");
        assertThat(saved).isEqualTo("tyt.muongla@gmail.com; tramtruong@muongla.gov.vn");
        assertThat(stored()).isEqualTo(saved);

        assertThat(model.undoLast()).contains("Sửa e-mail đơn vị");
        assertThat(stored()).isEqualTo("tyt.muongla@gmail.com");

        assertThat(model.redoLast()).contains("Sửa e-mail đơn vị");
        assertThat(stored()).isEqualTo(saved);
    }

    @Test
    void clearingTheEmailIsUndoneToo() throws Exception {
        assertThat(model.setEmail(health, "  ")).isNull();
        assertThat(stored()).isNull();

        model.undoLast();
        assertThat(stored()).isEqualTo("tyt.muongla@gmail.com");
    }

    @Test
    void aMalformedAddressIsRefusedAndLeavesNothingToUndo() {
        assertThatThrownBy(() -> model.setEmail(health, "tyt.muongla@gmail"))
                .isInstanceOf(DomainException.class).hasMessageContaining("\"tyt.muongla@gmail\" không hợp lệ");

        assertThat(stored()).isEqualTo("tyt.muongla@gmail.com");
        assertThat(model.history().nextUndo()).isEmpty();
    }

    @Test
    void savingTheSameAddressAgainRecordsNoStep() {
        model.setEmail(health, "tyt.muongla@gmail.com");

        assertThat(model.history().nextUndo()).isEmpty();
    }
}
