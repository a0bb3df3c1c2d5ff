package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Migration V16 on a database left by the previous version: a period sent before it has no package id (its package
 * had none, so the next one replaces nothing), and the id of a package confirmed sent is kept from then on.
 */
class UpwardPackageIdsMigrationTest {
    @TempDir
    Path dir;

    @Test
    void aPeriodSentBeforeHasNoPackageIdAndOneConfirmedAfterKeepsIt() throws Exception {
        String url = OlderDatabase.withOnePlan(dir, "14");
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO reporting_period (id, plan_id, kind, period_year, period_index, cutoff_start,"
                    + " cutoff_end, due_date, sent_at, sent_to) VALUES (7, 1, 'QUARTER', 2026, 1, DATE '2025-12-15',"
                    + " DATE '2026-03-14', DATE '2026-03-19', TIMESTAMP '2026-03-18 09:00:00', 'soyte@sonla.gov.vn')");
        }

        UUID id = UUID.fromString("0b7c1c9e-5d2a-4a53-9a51-6f1f3c2b8d11");
        try (Database db = Database.open(dir)) {
            assertThat(db.<java.util.Optional<UUID>>read(store -> store.periodReports().sentPackageId(7))).isEmpty();
            db.inTransaction(store -> {
                store.periodReports().setSentPackageId(7, id);
                return null;
            });
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.<java.util.Optional<UUID>>read(store -> store.periodReports().sentPackageId(7))).contains(id);
        }
    }
}
