package vn.kehoachxa.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.persistence.collector.CollectorDatabase;

/**
 * Runs a collector test on BOTH databases the collector supports: once on an embedded H2 collector in a fresh temp
 * folder, once on a fresh PostgreSQL database created for the invocation and dropped after it. Use:
 * <pre>{@code
 * @CollectorTest
 * void importsAPackage(CollectorDatabase db) { ... }          // opened before, closed after
 *
 * @CollectorTest
 * void keepsCommitsOnReopen(CollectorDatabases.Target target) { // open (and reopen) it yourself
 *     try (CollectorDatabase db = target.open()) { ... }
 * }
 * }</pre>
 * The PostgreSQL server: {@code KEHOACHXA_TEST_PG_URL} (a database the role can log in to, default
 * {@code jdbc:postgresql://localhost:5432/kehoachxa_test}), {@code KEHOACHXA_TEST_PG_USER} and
 * {@code KEHOACHXA_TEST_PG_PASSWORD} (defaults {@code kehoachxa_test} and {@code kx-test-mat-khau-7}); the role
 * needs CREATEDB. {@code .ci/run} sets it up; a developer runs {@code .ci/postgres-test-setup} once as root.
 * When the server cannot be reached the PostgreSQL invocations FAIL saying how to start it; a developer without a
 * server may opt out with {@code -Dkehoachxa.test.postgres=off} (or {@code KEHOACHXA_TEST_POSTGRES=off}), which
 * marks them skipped. CI never opts out. Details: docs/testing.md.
 */
public final class CollectorDatabases implements TestTemplateInvocationContextProvider {
    /** The opt-out switch for a developer without a PostgreSQL server (never set in CI). */
    public static final String OPT_OUT = "kehoachxa.test.postgres";

    /** Which database an invocation runs on. */
    public enum Kind { H2, POSTGRESQL }

    /**
     * One invocation's collector database: opened on demand (again after closing, to test reopening); everything it
     * opened is closed and its folder or database dropped after the test.
     */
    public static final class Target {
        private final Kind kind;
        private final Path folder;
        private final ServerConnection server;
        private final List<CollectorDatabase> opened = new ArrayList<>();

        Target(Kind kind, Path folder, ServerConnection server) {
            this.kind = kind;
            this.folder = folder;
            this.server = server;
        }

        /** Opens the invocation's collector database (creating and migrating it the first time). */
        public CollectorDatabase open() {
            CollectorDatabase db = kind == Kind.H2 ? CollectorDatabase.openEmbedded(folder)
                    : CollectorDatabase.openServer(folder, server);
            opened.add(db);
            return db;
        }

        public Kind kind() {
            return kind;
        }

        /** The data folder (for a server, it holds the lock only). */
        public Path folder() {
            return folder;
        }

        /** The fresh PostgreSQL database with the test password, or null on H2. */
        public ServerConnection server() {
            return server;
        }

        void cleanUp() throws Exception {
            for (CollectorDatabase db : opened) {
                try {
                    db.close();
                } catch (RuntimeException e) {
                    // already closed by the test
                }
            }
            if (server != null) {
                dropDatabase(server.database());
            }
            deleteTree(folder);
        }
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(invocation(Kind.H2), invocation(Kind.POSTGRESQL));
    }

    private static TestTemplateInvocationContext invocation(Kind kind) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int index) {
                return kind == Kind.H2 ? "H2 (nhúng)" : "PostgreSQL";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new PerInvocation(kind));
            }
        };
    }

    /** Whether the PostgreSQL invocations are switched off on this developer machine. */
    static boolean optedOut() {
        String value = System.getProperty(OPT_OUT, System.getenv("KEHOACHXA_TEST_POSTGRES"));
        return value != null && value.toLowerCase(Locale.ROOT).matches("off|false|no|skip");
    }

    /** The server the tests log in to (the administrative database, from which each test's database is made). */
    public static ServerConnection testServer() {
        String url = env("KEHOACHXA_TEST_PG_URL", "jdbc:postgresql://localhost:5432/kehoachxa_test");
        return ServerConnection.fromUrl(url, env("KEHOACHXA_TEST_PG_USER", "kehoachxa_test"),
                env("KEHOACHXA_TEST_PG_PASSWORD", "kx-test-mat-khau-7").toCharArray());
    }

    /**
     * For a plain {@code @Test} that needs the PostgreSQL server itself (e.g. to try a wrong password): fails saying
     * how to start the server when it cannot be reached, or marks the test skipped when opted out.
     */
    public static ServerConnection requirePostgres() {
        org.junit.jupiter.api.Assumptions.assumeFalse(optedOut(), "PostgreSQL switched off with -D" + OPT_OUT);
        try (Connection c = admin()) {
            return testServer();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static Connection admin() {
        ServerConnection s = testServer();
        try {
            return DriverManager.getConnection(s.jdbcUrl() + "?connectTimeout=5", s.user(), new String(s.password()));
        } catch (SQLException e) {
            throw new AssertionError("PostgreSQL for the collector tests is not usable at " + s.jdbcUrl() + " as "
                    + s.user() + " (" + e.getMessage() + "). Start it and create the test role and database: as "
                    + "root, `.ci/postgres-test-setup` (installs the Debian postgresql package if missing, starts "
                    + "the cluster with pg_ctlcluster and creates role/database kehoachxa_test), or point "
                    + "KEHOACHXA_TEST_PG_URL/_USER/_PASSWORD at a server where the role has CREATEDB. A developer "
                    + "without a server may run with -D" + OPT_OUT + "=off (skips these invocations; CI never "
                    + "does).", e);
        }
    }

    /**
     * A fresh, empty PostgreSQL database (with the test password) for a plain {@code @Test}; drop it with
     * {@link #dropServerDatabase} in a {@code finally}.
     */
    public static ServerConnection freshServerDatabase() {
        requirePostgres();
        try {
            return createDatabase();
        } catch (SQLException e) {
            throw new AssertionError("Cannot create a test database: " + e, e);
        }
    }

    /** Drops a database made by {@link #freshServerDatabase}, closing whatever still uses it. */
    public static void dropServerDatabase(ServerConnection server) {
        try {
            dropDatabase(server.database());
        } catch (SQLException e) {
            throw new AssertionError("Cannot drop the test database " + server.database() + ": " + e, e);
        }
    }

    private static ServerConnection createDatabase() throws SQLException {
        String name = "kx_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = admin(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        ServerConnection base = testServer();
        return new ServerConnection(base.host(), base.port(), name, base.user(), base.password());
    }

    private static void dropDatabase(String name) throws SQLException {
        // An autovacuum worker in the database makes FORCE fail with 42501 for a role without pg_signal_backend
        // (.ci/postgres-test-setup grants it; a developer's own server may not): it finishes soon, so try again.
        for (int attempt = 1; ; attempt++) {
            try (Connection c = admin(); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                return;
            } catch (SQLException e) {
                if (attempt >= 20 || !"42501".equals(e.getSQLState())) {
                    throw e;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static final class PerInvocation implements ParameterResolver, AfterEachCallback, ExecutionCondition {
        private final Kind kind;
        private Target target;

        PerInvocation(Kind kind) {
            this.kind = kind;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return kind == Kind.POSTGRESQL && optedOut()
                    ? ConditionEvaluationResult.disabled("PostgreSQL switched off with -D" + OPT_OUT + "=off")
                    : ConditionEvaluationResult.enabled("runs on " + kind);
        }

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            Class<?> type = p.getParameter().getType();
            return type == Target.class || type == CollectorDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            Target t = target();
            return p.getParameter().getType() == Target.class ? t : t.open();
        }

        private Target target() {
            if (target == null) {
                try {
                    Path folder = Files.createTempDirectory("kehoachxa-collector-");
                    target = new Target(kind, folder, kind == Kind.H2 ? null : createDatabase());
                } catch (IOException | SQLException e) {
                    throw new AssertionError("Cannot prepare the " + kind + " collector database: " + e, e);
                }
            }
            return target;
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            if (target != null) {
                target.cleanUp();
            }
        }
    }

    /**
     * For a test class whose {@code @BeforeEach} takes a {@link Target} but which also has plain or parameterized
     * tests (not {@link CollectorTest}): those get an embedded H2 target, cleaned up after them. Register it on the
     * class with {@code @ExtendWith(CollectorDatabases.H2ForOtherTests.class)}; {@code @CollectorTest} methods keep
     * their two invocations.
     */
    public static final class H2ForOtherTests implements ParameterResolver, AfterEachCallback {
        private Target target;

        @Override
        public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
            return p.getParameter().getType() == Target.class
                    && e.getTestMethod().map(m -> !m.isAnnotationPresent(CollectorTest.class)).orElse(false);
        }

        @Override
        public Object resolveParameter(ParameterContext p, ExtensionContext e) {
            if (target == null) {
                try {
                    target = new Target(Kind.H2, Files.createTempDirectory("kehoachxa-collector-"), null);
                } catch (IOException ex) {
                    throw new AssertionError("Cannot prepare the H2 collector database: " + ex, ex);
                }
            }
            return target;
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            if (target != null) {
                target.cleanUp();
                target = null;
            }
        }
    }
}
