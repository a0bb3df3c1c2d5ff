package vn.kehoachxa.exchange.planfile;

import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.VersionInfo;
import vn.kehoachxa.domain.reporting.ReportingData;

/**
 * What one plan file holds: the plan, optionally its reporting data (empty when the file has none), and its version
 * data (issue record, the version it revises; none for a draft first version).
 */
public record PlanFileContent(PlanDocument document, ReportingData reporting, VersionInfo versions) {
    public PlanFileContent {
        if (document == null) {
            throw new IllegalArgumentException("a plan file holds a plan");
        }
        reporting = reporting == null ? ReportingData.empty() : reporting;
        versions = versions == null ? VersionInfo.none() : versions;
    }

    /** A plan with its reporting data and no version data. */
    public PlanFileContent(PlanDocument document, ReportingData reporting) {
        this(document, reporting, VersionInfo.none());
    }

    /** A plan without reporting data. */
    public static PlanFileContent of(PlanDocument document) {
        return new PlanFileContent(document, ReportingData.empty());
    }
}
