package vn.kehoachxa.persistence.collector;

import java.util.Arrays;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ServerCheck;
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
        Flyway flyway = flyway(ds);
        if (refuseOrCountPending(flyway, shown) > 0) {
            flyway.migrate();
        }
    }

    /**
     * Where {@code ds}'s collector schema stands, without changing it ("Kiểm tra kết nối"): a schema from a newer app
     * or with a failed migration is refused as {@link #migrate} refuses it.
     */
    static ServerCheck.Schema state(DataSource ds, String shown) {
        Flyway flyway = flyway(ds);
        int pending = refuseOrCountPending(flyway, shown);
        if (pending == 0) {
            return ServerCheck.Schema.CURRENT;
        }
        return flyway.info().current() == null ? ServerCheck.Schema.EMPTY : ServerCheck.Schema.OLDER;
    }

    private static Flyway flyway(DataSource ds) {
        return Flyway.configure().dataSource(ds).locations(CollectorDatabase.LOCATION).cleanDisabled(true).load();
    }

    /** Refuses a newer or broken schema; else how many migrations this version still has to apply. */
    private static int refuseOrCountPending(Flyway flyway, String shown) {
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
        return flyway.info().pending().length;
    }
}
