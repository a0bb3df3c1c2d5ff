package vn.kehoachxa.service.reporting;

import java.util.List;
import vn.kehoachxa.domain.reporting.UnitSubmission;

/** The outcome of importing one file: the stored submission, or the problems that kept it out (nothing written). */
public record FormImportResult(String fileName, UnitSubmission submission, List<String> errors) {
    public FormImportResult {
        errors = List.copyOf(errors);
    }
}
