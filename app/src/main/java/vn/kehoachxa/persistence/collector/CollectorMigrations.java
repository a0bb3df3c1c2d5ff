package vn.kehoachxa.persistence.collector;

import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ServerConnectionException;
import vn.kehoachxa.domain.collect.ServerProblem;

/**
 * The collector's schema check and migration, the same on H2 and PostgreSQL: a schema from a newer app or one whose
 * earlier migration failed is refused with a Vietnamese message instead of being used or changed.
 */
final class CollectorMigrations {
    private CollectorMigrations() {
    }

    static void migrate(DataSource ds, String shown) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(CollectorDatabase.LOCATION).cleanDisabled(true)
                .load();
        MigrationInfo[] all = flyway.info().all();
        Optional<MigrationInfo> newer = Arrays.stream(all)
                .filter(m -> m.getState() == MigrationState.FUTURE_SUCCESS
                        || m.getState() == MigrationState.FUTURE_FAILED).reduce((a, b) -> b);
        if (newer.isPresent()) {
            throw new ServerConnectionException(ServerProblem.NEWER_SCHEMA, Texts.get("collector.db.newer", shown,
                    newer.get().getVersion().getVersion(), String.valueOf(CollectorDatabase.LATEST_MIGRATION)), null);
        }
        if (Arrays.stream(all).anyMatch(m -> m.getState().isFailed())) {
            throw new DomainException(Texts.get("collector.db.migrationBroken", shown));
        }
        if (flyway.info().pending().length > 0) {
            flyway.migrate();
        }
    }
}
