package vn.kehoachxa.ui.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.reporting.Holiday;
import vn.kehoachxa.service.CommuneService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.edit.Change;
import vn.kehoachxa.service.edit.EditHistory;

/**
 * Cài đặt: the edits of stored data on this screen — the commune profile (saved by itself as the official types)
 * and the holiday table — each one service call whose inverse goes into the screen's {@link EditHistory}, so Ctrl+Z
 * and Ctrl+Y work as on the plan screens. (Text size and folders are preferences of this computer, not undone; a
 * backup restore replaces the whole database and keeps its own backup of what it replaced.) Methods block: call them
 * on the background executor.
 */
public final class SettingsEdits {
    private final CommuneService commune;
    private final ReportingService reporting;
    private final EditHistory history = new EditHistory();

    /** Edits through {@code commune} and {@code reporting}. */
    public SettingsEdits(CommuneService commune, ReportingService reporting) {
        this.commune = commune;
        this.reporting = reporting;
    }

    /** The screen's undo and redo history. */
    public EditHistory history() {
        return history;
    }

    /** What the screen shows: the stored profile (absent before the first-run wizard) and the holidays. */
    public record Stored(Optional<CommuneProfile> profile, List<Holiday> holidays) {
        public Stored {
            holidays = List.copyOf(holidays);
        }
    }

    /** The profile and holidays as stored. */
    public Stored stored() {
        return new Stored(commune.profile(), reporting.holidays());
    }

    /** The holidays as stored, by date. */
    public List<Holiday> holidays() {
        return reporting.holidays();
    }

    /** Saves the profile; undo stores the one saved before. */
    public void saveProfile(CommuneProfile profile) {
        commune.save(profile).filter(before -> !before.equals(profile)).ifPresent(before ->
                history.record(Texts.get("settings.undo.profile"),
                        Change.of(() -> commune.save(before), () -> commune.save(profile))));
    }

    /** Adds or renames a holiday; undo removes it or gives back its old name. */
    public void saveHoliday(Holiday holiday) {
        Optional<Holiday> before = reporting.saveHoliday(holiday);
        if (before.filter(holiday::equals).isPresent()) {
            return;
        }
        Change.Call back = before.isPresent() ? () -> reporting.saveHoliday(before.get())
                : () -> reporting.deleteHoliday(holiday.date());
        history.record(Texts.get("settings.undo.holiday"), Change.of(back, () -> reporting.saveHoliday(holiday)));
    }

    /** Removes the holiday on {@code date}; undo puts it back. */
    public void deleteHoliday(LocalDate date) {
        reporting.deleteHoliday(date).ifPresent(gone -> history.record(Texts.get("settings.undo.holidayRemove"),
                Change.of(() -> reporting.saveHoliday(gone), () -> reporting.deleteHoliday(date))));
    }

    /** Reverts the last edit; returns what it was, empty when there was nothing to undo. */
    public Optional<String> undoLast() throws Exception {
        Optional<String> what = history.nextUndo();
        return history.undo() ? what : Optional.empty();
    }

    /** Applies again the last edit undone; returns what it was, empty when there was nothing to redo. */
    public Optional<String> redoLast() throws Exception {
        Optional<String> what = history.nextRedo();
        return history.redo() ? what : Optional.empty();
    }
}
