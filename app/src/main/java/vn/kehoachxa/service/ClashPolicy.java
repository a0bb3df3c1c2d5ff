package vn.kehoachxa.service;

/** What to do when an imported plan has the number of a plan already in the database (xử lý trùng số). */
public enum ClashPolicy {
    /** Refuse the import and say which plan has the number: never overwrite silently. */
    REFUSE,
    /** Keep the existing plan and import this one as a new draft without number and date. */
    AS_NEW,
    /** Delete the existing plan(s) with that number and import this one in their place, in one transaction. */
    REPLACE
}
