package vn.kehoachxa.domain.reporting;

/** What a unit reports about a task: not started, in progress, done, or stalled. */
public enum ProgressStatus {
    NOT_STARTED, IN_PROGRESS, DONE, STALLED
}
