package vn.kehoachxa.persistence.collector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.files.SafeFiles;

/**
 * The embedded collector file ({@code tonghop.mv.db}), kept like the commune's (persistence.Schema): a new file is
 * created and migrated in a work folder beside and moved into place in one step, so a crash never leaves half a
 * database; commits are written before the call returns (WRITE_DELAY=0, REUSE_SPACE=FALSE, see Schema#url); an
 * existing file is opened with IFEXISTS so it is never re-created by accident.
 */
final class EmbeddedCollector {
    private static final String WORK_PREFIX = ".tonghop-dang-tao-";
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedCollector.class);

    private EmbeddedCollector() {
    }

    static Path file(Path directory) {
        return directory.resolve(CollectorDatabase.FILE_NAME + ".mv.db");
    }

    /** The migrated pool on {@code directory}'s collector file, creating the file beside first when missing. */
    static JdbcConnectionPool open(Path directory) {
        cleanLeftovers(directory);
        Path file = file(directory);
        if (!Files.exists(file)) {
            createBeside(directory);
        }
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(file, true), "sa", "");
        try {
            CollectorMigrations.migrate(pool, file.toString());
            try (var c = pool.getConnection()) {
                c.isValid(1);
            }
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            if (e instanceof DomainException domain) {
                throw domain;
            }
            LOG.error("Cannot open {}", file, e);
            throw new DomainException(Texts.get("collector.db.unopenable", file), e);
        }
    }

    /** Compacts what the session appended (H2 writes the compacted store beside and swaps it in), then lets go. */
    static void close(JdbcConnectionPool pool) {
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            // The data is stored either way; only the file stays larger until the next close.
            LOG.warn("Could not compact the collector database", e);
        } finally {
            pool.dispose();
        }
    }

    /** Creates the migrated, empty collector file in {@code directory} if it has none; never touches one there. */
    static void createIfMissing(Path directory) {
        if (!Files.exists(file(directory))) {
            createBeside(directory);
        }
    }

    private static void createBeside(Path directory) {
        Path work = directory.resolve(WORK_PREFIX + ProcessHandle.current().pid() + "-" + System.nanoTime());
        try {
            Files.createDirectories(work);
            Path built = file(work);
            JdbcConnectionPool pool = JdbcConnectionPool.create(url(built, false), "sa", "");
            try {
                CollectorMigrations.migrate(pool, file(directory).toString());
                try (var c = pool.getConnection(); var s = c.createStatement()) {
                    s.execute("SHUTDOWN COMPACT");
                }
            } finally {
                pool.dispose();
            }
            SafeFiles.moveIntoPlace(built, file(directory));
            LOG.info("Created the collector database {}", file(directory));
        } catch (IOException | SQLException e) {
            throw new DomainException(Texts.get("collector.db.cannotCreate", directory), e);
        } finally {
            SafeFiles.deleteTreeQuietly(work);
        }
    }

    private static String url(Path file, boolean mustExist) {
        String name = file.getFileName().toString();
        Path base = file.resolveSibling(name.substring(0, name.length() - ".mv.db".length())).toAbsolutePath();
        return "jdbc:h2:file:" + base + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE"
                + (mustExist ? ";IFEXISTS=TRUE" : "");
    }

    private static void cleanLeftovers(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            files.filter(f -> f.getFileName().toString().startsWith(WORK_PREFIX))
                    .forEach(SafeFiles::deleteTreeQuietly);
        } catch (IOException e) {
            LOG.warn("Cannot clean work folders in {}", directory, e);
        }
    }
}
