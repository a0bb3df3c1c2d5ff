package vn.kehoachxa.persistence.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;

import java.nio.file.Path;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CollectorDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void anEmbeddedCollectorDatabaseKeepsWhatWasCommittedAcrossReopening() {
        try (CollectorDatabase db = CollectorDatabase.openEmbedded(dir)) {
            db.inTransaction(s -> s.dsl().insertInto(PROVINCE_COMMUNE).set(PROVINCE_COMMUNE.CODE, "14290")
                    .set(PROVINCE_COMMUNE.NAME, "Mường La").set(PROVINCE_COMMUNE.PROVINCE, "Sơn La")
                    .set(PROVINCE_COMMUNE.ADDED_AT, LocalDateTime.of(2026, 1, 1, 0, 0)).execute());
        }
        try (CollectorDatabase db = CollectorDatabase.openEmbedded(dir)) {
            assertThat(db.<String>read(s -> s.dsl().fetchValue(PROVINCE_COMMUNE.NAME))).isEqualTo("Mường La");
        }
    }
}
