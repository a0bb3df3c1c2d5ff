package vn.kehoachxa.persistence.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jooq.impl.DSL;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.domain.collect.ServerProblem;
import vn.kehoachxa.testsupport.CollectorDatabases;
import vn.kehoachxa.testsupport.CollectorTest;

/** A collector schema from a newer app is refused, not used or changed, on H2 and PostgreSQL alike. */
class CollectorSchemaVersionTest {
    /** The number the "newer schema" message names is the newest migration this build ships (was left at 1). */
    @org.junit.jupiter.api.Test
    void latestMigrationIsTheNewestCollectorMigrationShipped() throws Exception {
        java.net.URL folder = CollectorDatabase.class.getResource("/db/collector");
        int newest;
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of(folder.toURI()))) {
            newest = files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
        assertThat(CollectorDatabase.LATEST_MIGRATION).isEqualTo(newest);
    }

    @CollectorTest
    void aSchemaFromANewerAppIsRefusedInVietnamese(CollectorDatabases.Target target) {
        try (CollectorDatabase db = target.open()) {
            db.inTransaction(s -> s.dsl().insertInto(DSL.table(DSL.name("flyway_schema_history")))
                    .columns(DSL.field(DSL.name("installed_rank")), DSL.field(DSL.name("version")),
                            DSL.field(DSL.name("description")), DSL.field(DSL.name("type")),
                            DSL.field(DSL.name("script")), DSL.field(DSL.name("checksum")),
                            DSL.field(DSL.name("installed_by")), DSL.field(DSL.name("execution_time")),
                            DSL.field(DSL.name("success")))
                    .values(99, "99", "from the future", "SQL", "V99__future.sql", 1, "test", 1, true).execute());
        }
        assertThatThrownBy(target::open).isInstanceOfSatisfying(ServerConnectionException.class, e -> {
            assertThat(e.problem()).isEqualTo(ServerProblem.NEWER_SCHEMA);
            assertThat(e.getMessage()).contains("phiên bản Kế hoạch Xã mới hơn", "99");
        });
    }
}
