package vn.kehoachxa.persistence;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/** A data folder as an earlier release left it: migrated up to an older version, holding one Mường La plan (id 1). */
final class OlderDatabase {
    private OlderDatabase() {
    }

    /** Migrates the database in {@code dir} up to {@code version} and stores the plan; returns its JDBC address. */
    static String withOnePlan(Path dir, String version) throws SQLException {
        String url = "jdbc:h2:file:" + dir.resolve(Database.FILE_NAME).toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(Database.DEFAULT_LOCATION).target(version).load()
                .migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO plan (id, family, doc_type, symbol, place, summary, commune_name, issuing_body,"
                    + " start_year, end_year) VALUES (1, 'ADMINISTRATIVE', 'KH', 'KH-UBND', 'Mường La', 'Kế hoạch',"
                    + " 'Mường La', 'UBND xã Mường La', 2026, 2030)");
        }
        return url;
    }
}
