package vn.kehoachxa.service.reporting;

import java.nio.file.Path;
import java.util.List;

/**
 * What importing one returned form would do (xem trước khi nhập): the unit and period it is for, the version it
 * would become, how many rows and indicators it fills, and every problem found; {@code draft} is what would be
 * stored, null when there are problems.
 */
public record FormPreview(Path file, String fileName, String checksum, Long unitId, String unitName,
                          String periodName, int nextVersion, int taskCount, int indicatorCount,
                          List<String> errors, SubmissionDraft draft) {
    public FormPreview {
        errors = List.copyOf(errors);
    }

    /** Whether the file can be imported. */
    public boolean ok() {
        return errors.isEmpty() && draft != null;
    }
}
