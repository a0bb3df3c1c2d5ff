package vn.kehoachxa.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.Texts;
import vn.kehoachxa.domain.commune.CommuneProfile;
import vn.kehoachxa.domain.commune.UpwardRecipient;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.report.ReportDocument;
import vn.kehoachxa.domain.reporting.PeriodEvent;
import vn.kehoachxa.domain.reporting.ReportingPeriod;
import vn.kehoachxa.export.excel.ReportWorkbookExporter;
import vn.kehoachxa.export.pdf.ReportPdfExporter;
import vn.kehoachxa.export.word.ReportWordExporter;
import vn.kehoachxa.files.SafeFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.report.PackageSource;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.service.report.ReportWording;
import vn.kehoachxa.service.report.UpwardData;

/**
 * "Gửi báo cáo": builds the package that goes upward — a folder {@code BaoCao-Q1-2026-Muong-La/} with the report and
 * its tables and the report as PDF/A with Biểu 1–3 inside (built in, no LibreOffice needed), a .zip of it and an .eml draft to the province's
 * recipients that Outlook opens ready to send ({@code X-Unsent: 1}); once the official confirms the sending, records
 * on the period when and to whom. The data is read first ({@link #snapshot}), the files built from it
 * ({@link #build(PackageSource, Path)}), so the slow part runs apart from the database.
 */
public final class ReportPackageService {
    private final Database db;
    private final Clock clock;
    private final PeriodicReportService reports;
    private final ReportingService reporting;

    /** Works on {@code db} with the system clock. */
    public ReportPackageService(Database db) {
        this(db, Clock.systemDefaultZone());
    }

    /** Works on {@code db} with {@code clock}. */
    public ReportPackageService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.reports = new PeriodicReportService(db, clock);
        this.reporting = new ReportingService(db, clock);
    }

    /**
     * Reads what the package of a period's current report is built from (database only, quick): run it on the
     * ordered executor, then {@link #build(PackageSource, Path)} on the file executor.
     *
     * @throws DomainException when no upward recipient has an email address, or the commune has no administrative
     *                         code (the province's collector would refuse a package without it)
     */
    public PackageSource snapshot(long periodId) {
        CommuneProfile profile = db.read(store -> store.commune().find()).orElse(null);
        List<UpwardRecipient> to = profile == null ? List.of() : profile.upwardRecipients().stream()
                .filter(r -> r.email() != null && !r.email().isBlank()).toList();
        if (to.isEmpty()) {
            throw new DomainException(Texts.get("report.noUpwardEmail"));
        }
        // The package identifies the commune by its code (issue 17): without it the province refuses the package,
        // so the office is told where to enter it before anything is built.
        if (profile.adminCode() == null) {
            throw new DomainException(Texts.get("report.noAdminCode", profile.officialName()));
        }
        // Read on the ordered executor like every edit, so nothing changes between the report and its results.
        ReportDocument doc = reports.document(periodId);
        var results = reporting.results(periodId);
        ReportingPeriod period = db.read(store -> ReportingService.period(store, periodId));
        Path signed = db.read(store -> SignedOriginalService.periodFile(store, db.directory(), periodId)).orElse(null);
        UpwardData upward = db.read(store -> UpwardPackages.read(store, period, profile, results));
        return new PackageSource(doc, period, to, communeName(doc.header(), profile), signed, upward);
    }

    /** Reads the period's report and builds its package under {@code parent}; records nothing (see confirmSent). */
    public ReportPackage build(long periodId, Path parent) {
        return build(snapshot(periodId), parent);
    }

    /**
     * Builds the package under {@code parent} (replacing an earlier one of the same name): the folder with the
     * .docx, the .xlsx and the report's PDF/A (Biểu inside), the .zip and the .eml draft. Touches no database; the period
     * counts as sent only once the official confirms it ({@link #confirmSent}).
     *
     * @throws DomainException when a file cannot be written
     */
    public ReportPackage build(PackageSource source, Path parent) {
        ReportDocument doc = source.document();
        Plan header = doc.header();
        String base = "BaoCao-" + vn.kehoachxa.domain.reporting.PeriodNames.shortCode(source.period()) + "-"
                + ReportWording.ascii(source.communeName());
        Path folder = parent.toAbsolutePath().resolve(base);
        try {
            Files.createDirectories(folder);
            // The Biểu PDF of a build before issue 15 (LibreOffice's) is now inside the report's PDF; other files
            // are the user's and stay.
            Files.deleteIfExists(folder.resolve(base + "-Bieu.pdf"));
            Path docx = folder.resolve(base + ".docx");
            new ReportWordExporter().export(doc, docx);
            Path xlsx = folder.resolve(base + "-Bieu.xlsx");
            new ReportWorkbookExporter().export(doc, xlsx);
            // The report's PDF: the signed original when one is recorded (decision 0030), otherwise the built-in
            // PDF/A with Biểu 1–3 inside, so no LibreOffice is needed (issue 15, point 6).
            Path pdf = folder.resolve(base + ".pdf");
            if (source.signedPdf() != null) {
                SafeFiles.copy(source.signedPdf(), pdf);
            } else {
                new ReportPdfExporter().export(doc, pdf);
            }
            List<Path> pdfs = List.of(pdf);
            List<UpwardRecipient> to = source.recipients();
            // The machine-readable files and the manifest last, with every other file's checksum (issue 17).
            UpwardData upward = source.upward();
            UUID packageId = upward == null ? null : UUID.randomUUID();
            List<Path> reportFiles = new java.util.ArrayList<>(List.of(docx, xlsx));
            reportFiles.addAll(pdfs);
            List<Path> dataFiles = upward == null ? List.of() : UpwardPackages.write(upward, folder, base,
                    reportFiles, packageId, clock.instant().truncatedTo(ChronoUnit.SECONDS));
            ReportPackage pkg = new ReportPackage(folder, docx, xlsx, pdfs, parent.toAbsolutePath().resolve(base
                    + ".zip"), parent.toAbsolutePath().resolve(base + ".eml"),
                    to.stream().map(ReportPackageService::address).toList(), subject(header, source.period()),
                    dataFiles, packageId, upward == null ? null : upward.replaces());
            zip(pkg);
            writeEml(pkg, to, doc, header, source.signedPdf() != null);
            return pkg;
        } catch (IOException e) {
            throw new DomainException(Texts.get("report.packageFailed", folder, e.getMessage()), e);
        }
    }

    /**
     * The official confirms that the package went upward: the period records now, the recipients and the folder
     * (sent_at, sent_to, sent_package), and counts as reported from then on; the package's id is remembered, so a
     * package built later for the period names it as the one it corrects ("replaces"). Returns the time recorded.
     */
    public LocalDateTime confirmSent(long periodId, ReportPackage pkg) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        db.inTransaction(store -> {
            ReportingService.period(store, periodId);
            store.periodReports().markSent(periodId, now, String.join("; ", pkg.recipients()),
                    pkg.folder().toString());
            if (pkg.packageId() != null) {
                store.periodReports().setSentPackageId(periodId, pkg.packageId());
            }
            // Sending locks the period's figures again, also after a reopening (decision 0027).
            store.periodLocks().setReopened(periodId, false);
            store.periodLocks().addEvent(periodId, PeriodEvent.Kind.SENT, now, null,
                    String.join("; ", pkg.recipients()));
            return null;
        });
        return now;
    }

    /**
     * Copies the folder, the .zip and the .eml into {@code destination} (a USB drive), replacing older copies; each
     * file is written safely ({@link SafeFiles}), so a stick pulled out mid-copy leaves no half file.
     */
    public Path copyTo(ReportPackage pkg, Path destination) {
        Path target = destination.toAbsolutePath().resolve(pkg.folder().getFileName().toString());
        try {
            Files.createDirectories(target);
            for (Path f : pkg.files()) {
                SafeFiles.copy(f, target.resolve(f.getFileName().toString()));
            }
            SafeFiles.copy(pkg.zip(), destination.resolve(pkg.zip().getFileName().toString()));
            SafeFiles.copy(pkg.eml(), destination.resolve(pkg.eml().getFileName().toString()));
            return target;
        } catch (IOException e) {
            throw new DomainException(Texts.get("report.copyFailed", destination, e.getMessage()), e);
        }
    }

    /** "[UBND xã Mường La] Báo cáo quý I/2026 thực hiện Kế hoạch số 12/KH-UBND". */
    static String subject(Plan header, ReportingPeriod period) {
        String citation = header.summary().lines().findFirst().orElse("").replaceFirst("^Kết quả thực hiện ", "")
                .replaceFirst(" ngày \\d{2}/\\d{2}/\\d{4}$", "");
        return "[" + ReportWording.reporter(header) + "] Báo cáo " + ReportWording.shortPeriod(period)
                + " thực hiện " + citation;
    }

    private static String communeName(Plan header, CommuneProfile profile) {
        if (profile != null) {
            return profile.officialName();
        }
        String name = header.communeName() == null ? "" : header.communeName().strip();
        return name.replaceFirst("^(xã|phường|đặc khu)\\s+", "");
    }

    private static String address(UpwardRecipient r) {
        return r.name().strip() + " <" + r.email().strip() + ">";
    }

    private static void zip(ReportPackage pkg) {
        String root = pkg.folder().getFileName().toString() + "/";
        SafeFiles.write(pkg.zip(), stream -> {
            try (ZipOutputStream out = new ZipOutputStream(stream)) {
                out.putNextEntry(new ZipEntry(root));
                out.closeEntry();
                for (Path f : pkg.files()) {
                    out.putNextEntry(new ZipEntry(root + f.getFileName()));
                    Files.copy(f, out);
                    out.closeEntry();
                }
            }
        });
    }

    private void writeEml(ReportPackage pkg, List<UpwardRecipient> to, ReportDocument doc, Plan header,
                          boolean signed) throws IOException {
        MailDrafts.write(pkg.eml(), to.stream().map(r -> new MailDrafts.Recipient(r.email(), r.name())).toList(),
                pkg.subject(), body(doc, header, pkg, signed), pkg.files(), clock.instant());
    }

    /**
     * The draft's text. With the signed original attached (decision 0030) the PDF is the legal original and nothing
     * follows by post; without it the stamped paper copy goes through the clerical office as before.
     */
    private static String body(ReportDocument doc, Plan header, ReportPackage pkg, boolean signed) {
        String reporter = ReportWording.reporter(header);
        String files = Texts.get(pkg.pdfs().isEmpty() ? "report.mail.files.noPdf"
                : signed ? "report.mail.files.signedPdf" : "report.mail.files.pdf");
        String report = header.summary().replace('\n', ' ').replaceFirst("^Kết quả", "kết quả");
        return Texts.get("report.mail.greeting", String.join("; ", doc.addressees())) + "\n\n"
                + Texts.get("report.mail.sending", reporter, report, files) + "\n\n"
                + Texts.get(signed ? "report.mail.original.signed" : "report.mail.original.paper") + "\n\n"
                + Texts.get("report.mail.closing") + "\n\n" + reporter + "\n";
    }
}
