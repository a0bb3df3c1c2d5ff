package vn.kehoachxa.testsupport;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import vn.kehoachxa.persistence.Database;

/**
 * What the database did, counted by H2 itself (its query statistics, kept for every connection): statements run
 * and the rows they returned or changed, with H2's reuse of a query's earlier result turned off so that every
 * statement a piece of work sends is counted. For tests that prove a cost grows with the work and not faster, counted
 * rather than timed so they hold on a loaded machine.
 */
public final class QueryCounts implements AutoCloseable {
    private final Connection stats;

    private QueryCounts(Connection stats) {
        this.stats = stats;
    }

    /** Starts counting on the database in {@code folder} (opened already by {@link Database#open}). */
    public static QueryCounts on(Path folder) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve(Database.FILE_NAME)
                + ";IFEXISTS=TRUE", "sa", "");
        try (Statement s = c.createStatement()) {
            s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
            s.execute("SET QUERY_STATISTICS TRUE");
            // H2 answers a query run again on unchanged tables from the result it kept, and counts nothing then:
            // without this a screen's repeated reads would look free.
            s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
        return new QueryCounts(c);
    }

    /** {statements run, rows they returned or changed} so far. */
    public long[] now() throws SQLException {
        try (Statement s = stats.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUM(EXECUTION_COUNT), SUM(CUMULATIVE_ROW_COUNT)"
                     + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** {statements, rows} that {@code work} cost. */
    public long[] of(Work work) throws Exception {
        long[] before = now();
        work.run();
        long[] after = now();
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }

    /** Something to count. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    @Override
    public void close() throws SQLException {
        stats.close();
    }
}
