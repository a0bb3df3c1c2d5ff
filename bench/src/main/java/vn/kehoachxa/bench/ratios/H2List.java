package vn.kehoachxa.bench.ratios;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor of the app's {@code list}: the least any program on this runtime can do to list the plans of a data
 * folder kept in H2 (the project's fixed embedded database): open the database file with plain JDBC, read every
 * plan's id, number, status and summary in one statement, print them, close. No jOOQ, no logging, no data-folder
 * lock, no schema check; opened read-only so the file is left as it was. Run with an AOT cache of its own, on the
 * app's runtime, options and jars, its ratio to {@code java -version} is how low the {@code list} ratio can go.
 */
public final class H2List {
    private H2List() {
    }

    /** Lists the plans; the one argument is the data folder. */
    public static void main(String[] args) throws SQLException {
        String url = "jdbc:h2:file:" + java.nio.file.Path.of(args[0]).resolve("kehoachxa").toAbsolutePath()
                + ";IFEXISTS=TRUE;ACCESS_MODE_DATA=r";
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT ID, NUMBER, STATUS, SUMMARY FROM PLAN ORDER BY ID")) {
            while (r.next()) {
                System.out.println(r.getLong(1) + "\t" + r.getString(2) + "\t" + r.getString(3) + "\t"
                        + r.getString(4));
            }
        }
    }
}
