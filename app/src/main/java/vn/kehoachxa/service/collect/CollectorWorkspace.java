package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.persistence.DataFolderLock;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.CollectorFolder;

/**
 * An opened province collector folder (Thư mục tổng hợp): its database, embedded or on the shared server the folder
 * names, and the services built on it. The composition root opens it on the background thread and hands it to the
 * collector's screens; closing it lets the folder go.
 */
public final class CollectorWorkspace implements AutoCloseable {
    /**
     * Asks the official for the server password when the environment gave none: receives the server (without
     * password), returns the password, or null to try without one (the driver then reads the user's pgpass file).
     */
    public interface PasswordPrompt extends Function<ServerConnection, char[]> {
    }

    private final CollectorDatabase db;
    private final Clock clock;

    private CollectorWorkspace(CollectorDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** What {@code folder} holds: decides whether a launch without {@code --collector} opens a collector. */
    public static DataFolderKind kindOf(Path folder) {
        return CollectorFolder.kindOf(folder);
    }

    /** Refuses a commune's folder for the collector, in Vietnamese (the command line checks before a window). */
    public static void requireCollectorFolder(Path folder) {
        CollectorFolder.requireCollector(folder);
    }

    /**
     * Opens {@code folder} as a collector: on the server {@code launch} names (saved in the folder, without the
     * password, once it opened), else on the server the folder names, else embedded. A commune folder is refused.
     */
    public static CollectorWorkspace open(Path folder, CollectorLaunch launch, PasswordPrompt prompt) {
        DataFolderLock lock = DataFolderLock.acquire(folder);
        try {
            return open(lock, launch, prompt);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /**
     * {@link #open(Path, CollectorLaunch, PasswordPrompt)} on a folder this process already claimed; the lock stays
     * with the caller when opening fails, and goes with {@link #close} once open.
     */
    public static CollectorWorkspace open(DataFolderLock lock, CollectorLaunch launch, PasswordPrompt prompt) {
        Path folder = lock.directory();
        CollectorFolder.requireCollector(folder);
        Optional<ServerConnection> named = launch.server(null).or(() -> CollectorFolder.readServer(folder));
        if (named.isEmpty()) {
            return new CollectorWorkspace(CollectorDatabase.openEmbedded(lock), Clock.systemUTC());
        }
        char[] password = CollectorLaunch.passwordFromEnvironment().orElseGet(() -> prompt.apply(named.get()));
        ServerConnection server = named.get().withPassword(password);
        CollectorDatabase db = CollectorDatabase.openServer(lock, server);
        if (launch.dbUrl().isPresent()) {
            CollectorFolder.saveServer(folder, server);
        }
        return new CollectorWorkspace(db, Clock.systemUTC());
    }

    /** Logs in to {@code server} once ("Kiểm tra kết nối"); throws the Vietnamese failure. */
    public static void checkServer(ServerConnection server) {
        CollectorDatabase.checkServer(server);
    }

    /** Saves the server a collector folder uses from the next start (never the password). */
    public static void saveServer(Path folder, ServerConnection server) {
        CollectorFolder.saveServer(folder, server);
    }

    /** The server a collector folder uses, without password; empty when embedded. */
    public static Optional<ServerConnection> savedServer(Path folder) {
        return CollectorFolder.readServer(folder);
    }

    /** The database, for the services the composition root builds (import, views). */
    public CollectorDatabase database() {
        return db;
    }

    /** The shared server in use (without password), or empty when embedded. */
    public Optional<ServerConnection> server() {
        return Optional.ofNullable(db.server());
    }

    /** The collector data folder. */
    public Path folder() {
        return db.directory();
    }

    /** The package import over this collector's database (the window's import dialog). */
    public CollectorImportService importService() {
        return new CollectorImportService(db, clock);
    }

    @Override
    public void close() {
        db.close();
    }
}
