package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoachxa.service.collect.CollectorPackages.Q1_2026;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.collect.ProvinceCommune;
import vn.kehoachxa.domain.collect.ReceivedPackage;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.testsupport.CollectorDatabases;

/**
 * Two province staff on one shared PostgreSQL server import the same package at the same moment (decision 0044): the
 * one whose transaction commits second meets the first one's unique keys (the package and the batch number), and must
 * be told "đã có", not that storing failed. Only a server has two writers at once (an embedded collector is one
 * process, its import queue ordered), so this runs on PostgreSQL only and fails when the server is missing.
 */
class ConcurrentStaffImportTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-19T03:00:00Z"), ZoneOffset.UTC);

    @Test
    void theSecondOfTwoSimultaneousImportsOfOnePackageReadsAlreadyHad() throws Exception {
        ServerConnection server = CollectorDatabases.freshServerDatabase();
        try (CollectorDatabase first = CollectorDatabase.openServer(server);
             CollectorDatabase second = CollectorDatabase.openServer(server)) {
            first.inTransaction(s -> {
                s.communeList().setProvince("Sơn La");
                s.communeList().insert(new ProvinceCommune("14290", "Mường La", "Sơn La"), Instant.EPOCH);
                return null;
            });
            ReceivedPackage pkg = CollectorPackages.of("14290", "Mường La", "Sơn La", Q1_2026,
                    new BigDecimal("96.5"));

            // Staff member A has stored the package and the batch, not yet committed.
            CountDownLatch stored = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            CompletableFuture<ImportOutcome> a = CompletableFuture.supplyAsync(() -> first.inTransaction(s -> {
                ImportOutcome outcome = new ImportRules(ZoneOffset.UTC).apply(s, pkg, UUID.randomUUID(),
                        CLOCK.instant());
                stored.countDown();
                await(commit);
                return outcome;
            }));
            assertThat(stored.await(30, TimeUnit.SECONDS)).isTrue();

            // Staff member B imports the same package through the service: its insert waits on A's keys.
            CollectorImportService serviceB = TestImportServices.withReader(second, CLOCK,
                    path -> List.of(new PackageReadResult(pkg.sourceName(), pkg, null)));
            CompletableFuture<ImportReport> b = CompletableFuture.supplyAsync(
                    () -> serviceB.importAll(List.of(Path.of(pkg.sourceName())), progress -> { }));
            waitUntilALockIsAwaited(server);

            commit.countDown();
            assertThat(a.get(30, TimeUnit.SECONDS).kind()).isEqualTo(ImportOutcome.Kind.IMPORTED);
            ImportReport report = b.get(30, TimeUnit.SECONDS);
            assertThat(report.outcomes()).singleElement()
                    .satisfies(o -> assertThat(o.kind()).isEqualTo(ImportOutcome.Kind.ALREADY_HAD));
            assertThat(second.<List<vn.kehoachxa.domain.collect.PackageEntry>>read(s -> s.packages().ofCommune("14290")))
                    .hasSize(1);
        } finally {
            CollectorDatabases.dropServerDatabase(server);
        }
    }

    /** Polls the server until a session of this database waits for a lock (B blocked behind A's keys). */
    private static void waitUntilALockIsAwaited(ServerConnection server) throws Exception {
        try (Connection c = DriverManager.getConnection(server.jdbcUrl(), server.user(),
                new String(server.password()))) {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < until) {
                try (ResultSet rs = c.createStatement().executeQuery("select count(*) from pg_stat_activity"
                        + " where datname = current_database() and wait_event_type = 'Lock'")) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("the second import never waited on the first one's keys");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("not released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
