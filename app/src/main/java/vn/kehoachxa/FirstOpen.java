package vn.kehoachxa;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.PlanSummary;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;
import vn.kehoachxa.persistence.DataFolderLock;
import vn.kehoachxa.service.BackupService;
import vn.kehoachxa.service.Workspace;
import vn.kehoachxa.ui.common.AppContext;
import vn.kehoachxa.ui.common.AppSettings;

/**
 * What the window's start does before it has anything to show (mở dữ liệu khi khởi động): claims the data folder
 * for this window (its lock and the port a second launch knocks on), finds what kind of folder it is, and opens its
 * database with what the first screen needs. {@link #begin} starts these steps on the window's ordered background
 * executor from {@code main}, before JavaFX starts, so that the database opens while the toolkit starts instead of
 * after the loading screen is up (decision 0050); {@link App} then takes the executors and the outcome. A window
 * started otherwise (UI tests) runs the same steps itself, through {@link #run}.
 */
final class FirstOpen {
    private static final AtomicReference<FirstOpen> PENDING = new AtomicReference<>();

    private final List<String> rawArgs;
    private final ExecutorService executor;
    private final ExecutorService fileExecutor;
    private final CountDownLatch toolkit = new CountDownLatch(1);
    private volatile Future<Object> opened;
    /** The folder claimed by the begun steps, as soon as they claimed it (kept when the opening then fails). */
    private volatile SingleInstance claimed;

    private FirstOpen(List<String> rawArgs, ExecutorService executor, ExecutorService fileExecutor) {
        this.rawArgs = List.copyOf(rawArgs);
        this.executor = executor;
        this.fileExecutor = fileExecutor;
    }

    /** What the first screen needs, read off the FX thread. */
    record Startup(Workspace workspace, AppContext ctx, boolean hasProfile, List<PlanSummary> plans) {
    }

    /** The database did not open, and a checked backup could replace it. */
    record Damaged(StorageException error, BackupInfo backup) {
    }

    /**
     * Starts the steps for a window about to launch with {@code rawArgs}, on new executors the window will use.
     * Call at most once, before {@code Application.launch}; the window takes them with {@link #take}. Returns the
     * begun steps (tests wait for them).
     */
    static FirstOpen begin(List<String> rawArgs) {
        ExecutorService executor = AppContext.newExecutor();
        ExecutorService fileExecutor = AppContext.newFileExecutor();
        Path dataDir = Workspace.folderFromArguments(rawArgs);
        FirstOpen first = new FirstOpen(rawArgs, executor, fileExecutor);
        first.opened = executor.submit(() -> run(dataDir, rawArgs, CollectorStart.Opening.ASK, null, executor,
                fileExecutor, first.toolkit, instance -> first.claimed = instance));
        PENDING.set(first);
        return first;
    }

    /**
     * The steps begun by {@link #begin} for a window with {@code rawArgs}, once; empty when none were begun, they
     * were taken, or they were begun for other arguments (then they are left to the process's end).
     */
    static Optional<FirstOpen> take(List<String> rawArgs) {
        return Optional.ofNullable(PENDING.getAndSet(null)).filter(begun -> begun.rawArgs.equals(rawArgs));
    }

    ExecutorService executor() {
        return executor;
    }

    ExecutorService fileExecutor() {
        return fileExecutor;
    }

    /**
     * Tells the begun steps that JavaFX has started: a collector on a server may have to ask for its password in a
     * dialog, so the steps open a collector only after this (a commune's folder opens without waiting).
     */
    void toolkitStarted() {
        toolkit.countDown();
    }

    /** Whether the begun steps have ended (opened, asked, or failed). */
    boolean ended() {
        return opened.isDone();
    }

    /** The folder the begun steps claimed, once they have (also when opening it then failed). */
    Optional<SingleInstance> claimed() {
        return Optional.ofNullable(claimed);
    }

    /**
     * What the begun steps came to, waiting for them: a {@link Startup}, a collector, {@link Damaged} or ASK; their
     * failure is thrown as it was raised.
     */
    Object outcome() throws Exception {
        try {
            return opened.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /**
     * The steps, on the background executor: claims {@code dataDir} unless {@code claimed} already holds it, then
     * opens it as {@code opening} says, or (ASK) as the arguments and the folder's contents say; a new folder comes
     * back as ASK before any database exists (decision 0038). A damaged database with a good backup comes back as
     * {@link Damaged}. {@code onClaimed} gets the folder as soon as it is claimed here, before the opening that may
     * fail. {@code toolkit}, when not null, is counted down once JavaFX has started: a collector is opened only then.
     */
    static Object run(Path dataDir, List<String> raw, CollectorStart.Opening opening, SingleInstance claimed,
                      ExecutorService executor, ExecutorService fileExecutor, CountDownLatch toolkit,
                      Consumer<SingleInstance> onClaimed) {
        SingleInstance instance = claimed;
        if (instance == null) {
            instance = claim(dataDir);
            onClaimed.accept(instance);
        }
        CollectorStart.Opening how = opening != CollectorStart.Opening.ASK ? opening
                : CollectorStart.opening(raw, instance.lock().directory());
        if (how == CollectorStart.Opening.COLLECTOR && toolkit != null) {
            awaitToolkit(toolkit);
        }
        return how == CollectorStart.Opening.ASK ? how : open(instance.lock(), how, raw, executor, fileExecutor);
    }

    private static void awaitToolkit(CountDownLatch toolkit) {
        try {
            toolkit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What the first screen needs from an open workspace (also after a restore). */
    static Startup startup(Workspace workspace, AppContext context) {
        boolean hasProfile = workspace.commune().profile().isPresent();
        return new Startup(workspace, context, hasProfile, workspace.plans().list());
    }

    /** The folder's lock and the port a second launch knocks on, or why another process has them. */
    private static SingleInstance claim(Path dataDir) {
        // Another process may have taken the folder after the launcher's hand-over check (or a command holds it).
        return SingleInstance.claim(dataDir).orElseThrow(() -> new StorageException(StorageProblem.IN_USE, dataDir,
                Texts.get("db.inUse", dataDir), null));
    }

    private static Object open(DataFolderLock lock, CollectorStart.Opening how, List<String> raw,
                               ExecutorService executor, ExecutorService fileExecutor) {
        if (how == CollectorStart.Opening.COLLECTOR) {
            return CollectorStart.open(lock, raw, executor, fileExecutor);
        }
        Workspace opened;
        try {
            opened = Workspace.open(lock);
        } catch (StorageException e) {
            Optional<BackupInfo> backup = e.problem().restoreHelps() ? BackupService.newestGoodIn(lock.directory())
                    : Optional.empty();
            if (backup.isPresent()) {
                return new Damaged(e, backup.get());
            }
            throw e;
        }
        return startup(opened, new AppContext(executor, fileExecutor, AppSettings.load(lock.directory())));
    }
}
