package vn.kehoachxa.domain.reporting;

/** How a unit's report arrived: an imported form file, typed in the app, or transcribed from paper. */
public enum SubmissionSource {
    FORM_FILE, MANUAL, PAPER
}
