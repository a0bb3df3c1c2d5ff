package vn.kehoachxa.exchange.planfile;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.reporting.ReportingData;

/** What one plan file holds: the plan, and optionally its reporting data (empty when the file has none). */
public record PlanFileContent(PlanDocument document, ReportingData reporting) {
    public PlanFileContent {
        if (document == null) {
            throw new IllegalArgumentException("a plan file holds a plan");
        }
        reporting = reporting == null ? ReportingData.empty() : reporting;
    }

    /** A plan without reporting data. */
    public static PlanFileContent of(PlanDocument document) {
        return new PlanFileContent(document, ReportingData.empty());
    }
}
