package vn.kehoachxa.domain.plan;

/**
 * Phiên bản of a plan as a plan file carries it: its issue record (null for a draft, or a plan issued before the
 * app kept one) and the version it revises (null for a first version).
 */
public record VersionInfo(IssueRecord issue, PlanReference revises) {
    /** A first version never issued in the app. */
    public static VersionInfo none() {
        return new VersionInfo(null, null);
    }
}
