package vn.kehoachxa.domain.collect;

/** Sự cố máy chủ: why the shared PostgreSQL server could not be used, each with its own Vietnamese advice. */
public enum ServerProblem {
    /** Nothing answers at that host and port (server off, wrong name or port, network or firewall). */
    UNREACHABLE,
    /** The server refused the user name or password, or no password was given where one is needed. */
    BAD_LOGIN,
    /** The server answers but has no database of that name. */
    NO_DATABASE,
    /** The user may log in but not create or change the collector's tables. */
    NO_PERMISSION,
    /** The database's collector schema was written by a newer version of the app. */
    NEWER_SCHEMA,
    /** Anything else; the log has the details. */
    OTHER
}
