package vn.kehoachxa.service.reporting;

import java.util.List;
import vn.kehoachxa.domain.reporting.IndicatorResult;
import vn.kehoachxa.domain.reporting.TaskProgress;
import vn.kehoachxa.domain.reporting.UnitSubmission;

/** One stored version of a unit's report with everything it says. */
public record SubmissionDetail(UnitSubmission submission, List<TaskProgress> progress,
                               List<IndicatorResult> results) {
}
