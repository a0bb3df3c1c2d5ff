package vn.kehoachxa.persistence.collector;

import java.nio.file.Path;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcConnectionPool;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import vn.kehoachxa.persistence.DataFolderLock;

/**
 * Cơ sở dữ liệu tổng hợp của tỉnh: the province collector's database (decision 0038), its own schema
 * ({@code db/collector}) apart from a commune's. Embedded H2 in a collector data folder by default, with the same
 * durability settings as the commune database (a commit is on disk when {@link #inTransaction} returns).
 * Used only through {@link #inTransaction} and {@link #read}, which hand the work a {@link CollectorStore}.
 */
public final class CollectorDatabase implements AutoCloseable {
    /** File name of the embedded database inside a collector data folder, without H2's {@code .mv.db}. */
    public static final String FILE_NAME = "tonghop";
    /** Where the collector's migrations live; the same files run on H2 and on PostgreSQL. */
    public static final String LOCATION = "classpath:db/collector";

    private final DataFolderLock lock;
    private final JdbcConnectionPool pool;
    private final DSLContext dsl;

    private CollectorDatabase(DataFolderLock lock, JdbcConnectionPool pool, DSLContext dsl) {
        this.lock = lock;
        this.pool = pool;
        this.dsl = dsl;
    }

    /** Opens (creating if needed) and migrates the embedded collector database in {@code directory}. */
    public static CollectorDatabase openEmbedded(Path directory) {
        DataFolderLock lock = DataFolderLock.acquire(directory);
        try {
            String url = "jdbc:h2:file:" + directory.toAbsolutePath().resolve(FILE_NAME)
                    + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;REUSE_SPACE=FALSE";
            JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
            Flyway.configure().dataSource(pool).locations(LOCATION).cleanDisabled(true).load().migrate();
            Settings settings = new Settings().withRenderSchema(false).withExecuteLogging(false);
            return new CollectorDatabase(lock, pool, DSL.using(pool, SQLDialect.H2, settings));
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The SQL dialect of this database (H2 here; POSTGRES on a shared server). */
    public SQLDialect dialect() {
        return dsl.dialect();
    }

    /** The data folder this database belongs to. */
    public Path directory() {
        return lock.directory();
    }

    /** Runs {@code work} in one transaction: all of it is stored, on disk when this returns, or none of it. */
    public <T> T inTransaction(Function<CollectorStore, T> work) {
        return dsl.transactionResult(cfg -> work.apply(new CollectorStore(DSL.using(cfg))));
    }

    /** Runs read-only {@code work}. */
    public <T> T read(Function<CollectorStore, T> work) {
        return inTransaction(work);
    }

    @Override
    public void close() {
        try {
            pool.dispose();
        } finally {
            lock.close();
        }
    }
}
