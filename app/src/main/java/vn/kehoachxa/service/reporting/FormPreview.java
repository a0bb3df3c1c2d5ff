package vn.kehoachxa.service.reporting;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What importing one returned form would do (xem trước khi nhập): the unit and period it is for, the version it
 * would become, how many rows and indicators it fills, and every problem found; {@code draft} is what would be
 * stored, null when there are problems. {@code figures} are its flagged figures (domain.reporting.FigureChecks):
 * one out of range keeps the file out until accepted with a note ({@link #withNotes}).
 */
public record FormPreview(Path file, String fileName, String checksum, Long unitId, String unitName,
                          String periodName, int nextVersion, int taskCount, int indicatorCount,
                          List<String> errors, SubmissionDraft draft, List<FlaggedFigure> figures) {
    public FormPreview {
        errors = List.copyOf(errors);
        figures = figures == null ? List.of() : List.copyOf(figures);
    }

    /** A preview without flagged figures. */
    public FormPreview(Path file, String fileName, String checksum, Long unitId, String unitName,
                       String periodName, int nextVersion, int taskCount, int indicatorCount,
                       List<String> errors, SubmissionDraft draft) {
        this(file, fileName, checksum, unitId, unitName, periodName, nextVersion, taskCount, indicatorCount,
                errors, draft, List.of());
    }

    /** Whether the file can be read and matched (its figures may still need notes: {@link #needsNotes}). */
    public boolean ok() {
        return errors.isEmpty() && draft != null;
    }

    /** Whether a figure out of range still waits for the official's note. */
    public boolean needsNotes() {
        return figures.stream().anyMatch(FlaggedFigure::needsNote);
    }

    /** The same preview with the official's notes (by indicator id; blank ones ignored) accepting figures. */
    public FormPreview withNotes(Map<Long, String> notes) {
        Map<Long, String> given = new HashMap<>(draft == null ? Map.of() : draft.acceptedNotes());
        notes.forEach((id, note) -> {
            if (note != null && !note.isBlank()) {
                given.put(id, note.strip());
            }
        });
        List<FlaggedFigure> accepted = figures.stream()
                .map(f -> given.containsKey(f.indicatorId()) ? f.accepted(given.get(f.indicatorId())) : f).toList();
        return new FormPreview(file, fileName, checksum, unitId, unitName, periodName, nextVersion, taskCount,
                indicatorCount, errors, draft == null ? null : draft.withAcceptedNotes(given), accepted);
    }
}
