package vn.kehoachxa.domain.plan;

/** What a section of the plan is for, where it matters to the app (targets, tasks, reporting regime...). */
public enum SectionKind {
    PURPOSES, REQUIREMENTS, TARGETS, VISION, TASKS, TASK_GROUP, ORGANISATION, FUNDING, REPORTING, OTHER
}
