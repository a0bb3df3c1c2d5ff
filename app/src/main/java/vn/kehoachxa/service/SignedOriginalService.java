package vn.kehoachxa.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.signing.PdfSignatures;
import vn.kehoachxa.domain.signing.SignedOriginal;
import vn.kehoachxa.export.pdf.SignedPdfCheck;
import vn.kehoachxa.files.SafeFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.persistence.Store;
import vn.kehoachxa.service.report.ReportWording;

/**
 * "Đã ký số" (decision 0030): records the PDF a signer tool returned as the signed original of an issued plan or of a
 * period's report. The file is checked (a PDF; its signatures listed), copied into {@code <data>/ban-ky-so/} with its
 * SHA-256 and recorded with the document's number and date. Recording is one edit: {@link #remove} undoes it (the
 * copy stays on disk), {@link #restore} brings the same record back.
 */
public final class SignedOriginalService {
    /** The folder under the data folder that holds the copies. */
    public static final String FOLDER = vn.kehoachxa.persistence.DataDirectory.SIGNED_ORIGINALS;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database db;
    private final Clock clock;

    /** Works on {@code db} with the system clock. */
    public SignedOriginalService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Works on {@code db}; the time recorded comes from {@code clock}. */
    public SignedOriginalService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * What {@code file} holds of signatures, before recording: the screen warns when there are none.
     *
     * @throws DomainException naming the file when it is not a readable PDF
     */
    public PdfSignatures check(Path file) {
        return SignedPdfCheck.of(file);
    }

    /**
     * Records {@code file} as the signed original of the issued plan {@code planId}, numbered {@code number} and dated
     * {@code date}. A file without a digital signature is recorded too (the screen asks first).
     *
     * @throws DomainException when the plan is a draft, the number or date is missing, or the file is not a PDF
     */
    public SignedOriginal recordForPlan(long planId, String number, LocalDate date, Path file) {
        requireNumberAndDate(number, date);
        Plan plan = db.read(store -> store.plans().get(planId));
        if (plan.status() == PlanStatus.DRAFT) {
            throw new DomainException(Texts.get("signed.planDraft", PlanVersionService.describe(plan)));
        }
        return record(planId, null, "ke-hoach-" + planId, number, date, file);
    }

    /**
     * Records {@code file} as the signed original of the report of period {@code periodId}. Allowed on a locked
     * period: the lock keeps the units' figures, and the report is signed before or after it goes upward.
     */
    public SignedOriginal recordForPeriod(long periodId, String number, LocalDate date, Path file) {
        requireNumberAndDate(number, date);
        db.read(store -> ReportingService.period(store, periodId));
        return record(null, periodId, "bao-cao-ky-" + periodId, number, date, file);
    }

    /** The plan's signed original, the newest recorded. */
    public Optional<SignedOriginal> ofPlan(long planId) {
        return db.read(store -> store.signedOriginals().ofPlan(planId));
    }

    /** The signed original of the period's report, the newest recorded. */
    public Optional<SignedOriginal> ofPeriod(long periodId) {
        return db.read(store -> store.signedOriginals().ofPeriod(periodId));
    }

    /** Where the copy of {@code original} is on this computer. */
    public Path file(SignedOriginal original) {
        return db.directory().resolve(original.storedFile());
    }

    /** Undoes a recording: the record goes, the copy stays in the data folder. */
    public void remove(long id) {
        db.inTransaction(store -> store.signedOriginals().delete(id));
    }

    /** Redoes a recording undone by {@link #remove}: the same record, under the same id. */
    public SignedOriginal restore(SignedOriginal original) {
        return db.inTransaction(store -> store.signedOriginals().insert(original));
    }

    /** The signed original of a period's report, read inside another use case's transaction. */
    static Optional<Path> periodFile(Store store, Path dataFolder, long periodId) {
        return store.signedOriginals().ofPeriod(periodId).map(o -> dataFolder.resolve(o.storedFile()))
                .filter(Files::isRegularFile);
    }

    private SignedOriginal record(Long planId, Long periodId, String folder, String number, LocalDate date,
                                  Path file) {
        if (!Files.isRegularFile(file)) {
            throw new DomainException(Texts.get("signed.missing", file));
        }
        PdfSignatures signatures = check(file);
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        String name = file.getFileName().toString();
        String safe = ReportWording.ascii(name.replaceFirst("(?i)\\.pdf$", ""));
        String relative = FOLDER + "/" + folder + "/" + STAMP.format(now) + "-" + (safe.isEmpty() ? "ban-ky-so" : safe)
                + ".pdf";
        Path target = db.directory().resolve(relative);
        String hash = sha256(file);
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new DomainException(Texts.get("signed.copyFailed", target.getParent(), e.getMessage()), e);
        }
        SafeFiles.copy(file, target);
        if (!hash.equals(sha256(target))) {
            throw new DomainException(Texts.get("signed.copyDiffers", file, target));
        }
        long size;
        try {
            size = Files.size(target);
        } catch (IOException e) {
            throw new DomainException(Texts.get("signed.copyFailed", target, e.getMessage()), e);
        }
        SignedOriginal original = new SignedOriginal(null, planId, periodId, number.strip(), date, relative, name,
                hash, size, signatures.signers(), now, null);
        return db.inTransaction(store -> store.signedOriginals().insert(original));
    }

    private static void requireNumberAndDate(String number, LocalDate date) {
        if (number == null || number.isBlank()) {
            throw new DomainException(Texts.get("signed.noNumber"));
        }
        if (date == null) {
            throw new DomainException(Texts.get("signed.noDate"));
        }
    }

    static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw new DomainException(Texts.get("pdf.unreadable", file, e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
