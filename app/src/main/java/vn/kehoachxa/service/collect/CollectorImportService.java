package vn.kehoachxa.service.collect;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.collect.ImportBatchUndo;
import vn.kehoachxa.domain.collect.PackageEntry;
import vn.kehoachxa.exchange.collect.PackageReadResult;
import vn.kehoachxa.exchange.collect.PackageReader;
import vn.kehoachxa.persistence.collector.CollectorDatabase;
import vn.kehoachxa.persistence.collector.ImportBatchRepository;

/**
 * Nhập gói báo cáo của các xã: takes in many packages at once (folders, .zip files, .eml files) with ODK-style rules —
 * the same package twice changes nothing, a correction replaces the package it names and keeps it as history, a
 * tampered file, an unknown commune, another province's package are refused with their reason — each package one
 * transaction, nothing half-imported (rules: {@link ImportRules}, decision 0043). One refusal never stops the batch.
 * The packages one import stored form a batch; {@link #lastBatch()} and {@link #undoLastBatch} take the latest back.
 */
public final class CollectorImportService {
    private static final Logger LOG = LoggerFactory.getLogger(CollectorImportService.class);

    private final CollectorDatabase db;
    private final Clock clock;
    private final Function<Path, List<PackageReadResult>> reader;
    private final ImportRules rules;

    public CollectorImportService(CollectorDatabase db, Clock clock) {
        this(db, clock, PackageReader::read);
    }

    /** With another way of reading packages (tests give packages built in memory). */
    CollectorImportService(CollectorDatabase db, Clock clock, Function<Path, List<PackageReadResult>> reader) {
        this.db = db;
        this.clock = clock;
        this.reader = reader;
        this.rules = new ImportRules(clock.getZone());
    }

    /** Imports every package found in {@code sources}, reporting progress per source; returns every outcome. */
    public ImportReport importAll(List<Path> sources, Consumer<ImportProgress> progress) {
        UUID batch = UUID.randomUUID();
        List<ImportOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            Path source = sources.get(i);
            progress.accept(new ImportProgress(i, sources.size(), name(source)));
            for (PackageReadResult result : readOne(source)) {
                outcomes.add(store(result, batch));
            }
        }
        progress.accept(new ImportProgress(sources.size(), sources.size(), null));
        return new ImportReport(outcomes);
    }

    /**
     * Reads and checks every package in {@code sources} without touching the database (for the file executor),
     * reporting progress per source.
     */
    public PackageBatch read(List<Path> sources, Consumer<ImportProgress> progress) {
        List<PackageReadResult> results = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            progress.accept(new ImportProgress(i, sources.size(), name(sources.get(i))));
            results.addAll(readOne(sources.get(i)));
        }
        progress.accept(new ImportProgress(sources.size(), sources.size(), null));
        return new PackageBatch(results, sources.size());
    }

    /** Stores what {@link #read} found as one batch (for the ordered executor), reporting progress per package. */
    public ImportReport store(PackageBatch read, Consumer<ImportProgress> progress) {
        UUID batch = UUID.randomUUID();
        List<ImportOutcome> outcomes = new ArrayList<>();
        List<PackageReadResult> results = read.results();
        for (int i = 0; i < results.size(); i++) {
            progress.accept(new ImportProgress(i, results.size(), results.get(i).sourceName()));
            outcomes.add(store(results.get(i), batch));
        }
        progress.accept(new ImportProgress(results.size(), results.size(), null));
        return new ImportReport(outcomes);
    }

    /** What undoing the latest import batch would remove and put back; empty when no batch holds a package. */
    public Optional<ImportBatchUndo> lastBatch() {
        return db.read(store -> store.importBatches().last().map(b -> undoOf(store, b)));
    }

    /**
     * Undoes batch {@code batchId}, which must still be the latest (the official confirmed {@link #lastBatch()}'s
     * list): its packages are deleted with their figures and the packages they replaced are in force again, in one
     * transaction. Returns what it did.
     */
    public ImportBatchUndo undoLastBatch(UUID batchId) {
        return db.inTransaction(store -> {
            ImportBatchRepository.Batch last = store.importBatches().last()
                    .filter(b -> b.id().equals(batchId))
                    .orElseThrow(() -> new DomainException(Texts.get("collectimport.undo.notLast")));
            ImportBatchUndo undo = undoOf(store, last);
            for (ImportBatchRepository.Stored s : store.importBatches().packages(last.id())) {
                store.packages().delete(s.packageId());
                if (s.replacedId() != null) {
                    store.packages().setReplacedBy(s.replacedId(), null);
                }
            }
            store.importBatches().delete(last.id());
            return undo;
        });
    }

    private static ImportBatchUndo undoOf(vn.kehoachxa.persistence.collector.CollectorStore store,
                                          ImportBatchRepository.Batch batch) {
        List<PackageEntry> removed = new ArrayList<>();
        List<PackageEntry> restored = new ArrayList<>();
        for (ImportBatchRepository.Stored s : store.importBatches().packages(batch.id())) {
            store.packages().find(s.packageId()).ifPresent(removed::add);
            if (s.replacedId() != null) {
                store.packages().find(s.replacedId()).ifPresent(restored::add);
            }
        }
        return new ImportBatchUndo(batch.id(), batch.number(), batch.importedAt(), removed, restored);
    }

    private List<PackageReadResult> readOne(Path source) {
        try {
            return reader.apply(source);
        } catch (RuntimeException e) {
            // The reader turns every bad package into a refusal; anything else is a fault, reported for this source
            // only so the rest of the batch still goes in.
            LOG.error("Reading {} failed", source, e);
            return List.of(new PackageReadResult(name(source), null,
                    new vn.kehoachxa.domain.collect.PackageRejectedException(
                            vn.kehoachxa.domain.collect.PackageRejection.NOT_A_PACKAGE,
                            Texts.get("collectimport.readFailed", name(source)), e)));
        }
    }

    private ImportOutcome store(PackageReadResult result, UUID batch) {
        if (result.rejection() != null) {
            return new ImportOutcome(result.sourceName(), ImportOutcome.Kind.REFUSED, null, null, null, null,
                    result.rejection().getMessage(), result.rejection().reason());
        }
        Instant now = clock.instant();
        try {
            // Another member of staff may store the same package (or number a batch) at this moment on a shared
            // server: the transaction then runs again and the rules, reading afresh, find the package "đã có".
            return db.inTransactionRetryingConflicts(store -> rules.apply(store, result.received(), batch, now));
        } catch (RuntimeException e) {
            // The transaction rolled back: nothing of this package is stored. The batch goes on with the next.
            LOG.warn("Storing the package from {} failed", result.sourceName(), e);
            return ImportRules.outcome(result.received(), ImportOutcome.Kind.REFUSED, null,
                    Texts.get("collectimport.storageFailed", result.sourceName()));
        }
    }

    private static String name(Path source) {
        Path file = source.getFileName();
        return file == null ? source.toString() : file.toString();
    }
}
