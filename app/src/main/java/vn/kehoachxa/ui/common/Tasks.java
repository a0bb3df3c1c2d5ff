package vn.kehoachxa.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fluent helper over {@link Task}: work runs on the background executor, the callbacks on the FX thread.
 * <pre>{@code Tasks.create(() -> plans.load(id)).onSuccess(this::show).onError(ErrorDialog::show).runOn(executor);}
 * </pre>
 * Without {@code onError} a failure opens the error dialog, so no failure goes unseen.
 */
public final class Tasks {
    private static final Logger LOG = LoggerFactory.getLogger(Tasks.class);

    private Tasks() {
    }

    /** Starts building a task around {@code work}. */
    public static <T> Builder<T> create(Callable<T> work) {
        return new Builder<>(work);
    }

    /** Starts building a task around {@code work} that returns nothing. */
    public static Builder<Void> run(ThrowingRunnable work) {
        return new Builder<>(() -> {
            work.run();
            return null;
        });
    }

    /** Work without a result that may throw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        /** Does the work. */
        void run() throws Exception;
    }

    /** Collects the callbacks, then runs the task. */
    public static final class Builder<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = result -> { };
        private Consumer<Throwable> onError = ErrorDialog::show;
        private Runnable andFinally = () -> { };

        private Builder(Callable<T> work) {
            this.work = Objects.requireNonNull(work);
        }

        /** Called on the FX thread with the result. */
        public Builder<T> onSuccess(Consumer<? super T> callback) {
            this.onSuccess = Objects.requireNonNull(callback);
            return this;
        }

        /** Called on the FX thread with the failure (instead of the default error dialog). */
        public Builder<T> onError(Consumer<Throwable> callback) {
            this.onError = Objects.requireNonNull(callback);
            return this;
        }

        /** Called on the FX thread after success or failure. */
        public Builder<T> andFinally(Runnable callback) {
            this.andFinally = Objects.requireNonNull(callback);
            return this;
        }

        /** Submits the task to {@code executor}; returns it (to bind progress or cancel). */
        public Task<T> runOn(Executor executor) {
            Task<T> task = new Task<>() {
                @Override
                protected T call() throws Exception {
                    return work.call();
                }
            };
            task.setOnSucceeded(e -> {
                try {
                    onSuccess.accept(task.getValue());
                } finally {
                    andFinally.run();
                }
            });
            task.setOnFailed(e -> {
                Throwable error = task.getException();
                LOG.debug("Background task failed", error);
                try {
                    onError.accept(error);
                } finally {
                    andFinally.run();
                }
            });
            try {
                executor.execute(task);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // Only while the app is closing: the executor has finished the queued edits and stopped.
                LOG.warn("Background work refused: the application is closing", e);
            }
            return task;
        }
    }
}
