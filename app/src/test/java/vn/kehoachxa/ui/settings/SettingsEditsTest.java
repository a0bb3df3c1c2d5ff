package vn.kehoachxa.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.commune.CommuneKind;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.ReportingService;

/** Cài đặt's edits of stored data and their undo and redo, on real H2. */
class SettingsEditsTest {
    static final CommuneProfile MUONG_LA = new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
            "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", null, "Mường La", List.of(), List.of());

    @TempDir
    Path dir;
    Database db;
    CommuneService commune;
    SettingsEdits edits;

    @BeforeEach
    void open() {
        db = Database.open(dir);
        commune = new CommuneService(db);
        commune.save(MUONG_LA);
        edits = new SettingsEdits(commune, new ReportingService(db));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void aProfileEditIsUndoneAndRedone() throws Exception {
        CommuneProfile edited = new CommuneProfile("Mường La", CommuneKind.XA, "Sơn La",
                "ỦY BAN NHÂN DÂN XÃ MƯỜNG LA", "ĐẢNG ỦY XÃ MƯỜNG LA", "Bản Mường",
                List.of(), List.of(new UpwardRecipient("Sở Nội vụ tỉnh Sơn La", "snv@sonla.gov.vn")));
        edits.saveProfile(edited);

        assertThat(edits.undoLast()).contains("Sửa thông tin xã");
        assertThat(commune.profile()).contains(MUONG_LA);
        assertThat(edits.redoLast()).contains("Sửa thông tin xã");
        assertThat(commune.profile()).contains(edited);
        assertThat(edits.undoLast()).isPresent();
        assertThat(edits.stored().profile()).contains(MUONG_LA);
    }

    @Test
    void savingTheSameProfileAgainLeavesNothingToUndo() {
        edits.saveProfile(MUONG_LA);

        assertThat(edits.history().canUndo()).isFalse();
    }

    @Test
    void holidayAddRenameAndRemoveAreUndoneInTurn() throws Exception {
        LocalDate tet = LocalDate.of(2027, 2, 8);
        edits.saveHoliday(new Holiday(tet, "Tết"));
        edits.saveHoliday(new Holiday(tet, "Tết Nguyên đán"));
        edits.deleteHoliday(tet);
        assertThat(edits.holidays()).isEmpty();

        edits.undoLast();
        assertThat(edits.holidays()).containsExactly(new Holiday(tet, "Tết Nguyên đán"));
        edits.undoLast();
        assertThat(edits.holidays()).containsExactly(new Holiday(tet, "Tết"));
        edits.undoLast();
        assertThat(edits.holidays()).isEmpty();
        edits.redoLast();
        assertThat(edits.holidays()).containsExactly(new Holiday(tet, "Tết"));
    }
}
