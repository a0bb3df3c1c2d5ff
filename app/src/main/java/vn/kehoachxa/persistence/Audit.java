package vn.kehoachxa.persistence;

import java.time.LocalDateTime;

/** Values of the audit columns: who changed a row and when. */
final class Audit {
    private static final String USER = System.getProperty("user.name", "?");

    private Audit() {
    }

    static String user() {
        return USER;
    }

    static LocalDateTime now() {
        return LocalDateTime.now();
    }
}
