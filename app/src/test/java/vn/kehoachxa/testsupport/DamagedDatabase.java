package vn.kehoachxa.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Damages a real database file the way no user input can, so the app meets an unexpected failure (a bug). */
public final class DamagedDatabase {
    private DamagedDatabase() {
    }

    /** Takes the plan table away while the schema history still says the database is current. */
    public static void losePlanTable(Path dataDir) {
        String url = "jdbc:h2:file:" + dataDir.resolve("kehoachxa").toAbsolutePath();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE plan RENAME TO plan_damaged");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
