package vn.kehoachxa.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import vn.kehoachxa.service.collect.CollectorWorkspace;

/**
 * What the province collector's screens are given (the collector's counterpart of {@link AppContext}): the opened
 * collector folder with its services, the ordered executor every database call runs on (in order, off the FX
 * thread) and the executor for long file work (reading many packages, exports). Built by the composition root
 * ({@code vn.kehoachxa.CollectorStart}); closing it drains the executors, then closes the database and lets the
 * folder go.
 */
public record CollectorContext(CollectorWorkspace workspace, ExecutorService executor, ExecutorService fileExecutor)
        implements AutoCloseable {
    @Override
    public void close() {
        try {
            stop(fileExecutor, 2);
            stop(executor, 10);
        } finally {
            workspace.close();
        }
    }

    private static void stop(ExecutorService service, int seconds) {
        service.shutdown();
        try {
            if (!service.awaitTermination(seconds, TimeUnit.SECONDS)) {
                service.shutdownNow();
            }
        } catch (InterruptedException e) {
            service.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
