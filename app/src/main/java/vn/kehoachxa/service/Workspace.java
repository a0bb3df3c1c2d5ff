package vn.kehoachxa.service;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.persistence.DataDirectory;
import vn.kehoachxa.persistence.DataFolderLock;
import vn.kehoachxa.persistence.Database;

/**
 * The commune's data folder opened for work (thư mục dữ liệu): its database, held by this process alone, and the
 * services that read and change it, each built once. The window and the commands start here, so neither knows how the
 * folder is claimed or how the data is stored; closing it lets another window or command have the folder.
 */
public final class Workspace implements AutoCloseable {
    private final Database db;
    private final PlanService plans;
    private final PlanVersionService versions;
    private final ToneService tones;
    private final OutlineService outline;
    private final IndicatorService indicators;
    private final AssignmentService assignments;
    private final UnitService units;
    private final CommuneService commune;
    private final ReportingService reporting;
    private final UnitFormService unitForms;
    private final FormMailService formMail;
    private final PeriodicReportService periodicReports;
    private final ReportPackageService packages;
    private final SignedOriginalService signedOriginals;
    private final PlanImportService imports;
    private final PlanExportService exports;
    private final BackupService backups;
    private final UserGuideService guide;
    private final PlanSearch search;

    private Workspace(Database db) {
        this.db = db;
        this.plans = new PlanService(db);
        this.versions = new PlanVersionService(db);
        this.tones = new ToneService(db);
        this.outline = new OutlineService(db);
        this.indicators = new IndicatorService(db);
        this.assignments = new AssignmentService(db);
        this.units = new UnitService(db);
        this.commune = new CommuneService(db);
        this.reporting = new ReportingService(db);
        this.unitForms = new UnitFormService(db);
        this.formMail = new FormMailService(db, unitForms);
        this.periodicReports = new PeriodicReportService(db);
        this.packages = new ReportPackageService(db);
        this.signedOriginals = new SignedOriginalService(db);
        this.imports = new PlanImportService(db);
        this.exports = new PlanExportService(db);
        this.backups = new BackupService(db);
        this.guide = new UserGuideService(db.directory());
        this.search = new PlanSearch(db);
    }

    /**
     * Opens the data in {@code folder} (creating it on first use, upgrading an older one), claiming the folder for
     * as long as the workspace is open; a folder another window or command holds is refused with a message saying so.
     */
    public static Workspace open(Path folder) {
        return new Workspace(Database.open(folder));
    }

    /** Opens the data of a folder this process has already claimed (the window claims it before opening). */
    public static Workspace open(DataFolderLock claimed) {
        return new Workspace(Database.open(claimed));
    }

    /** The folder named by {@code --data-dir DIR} among the arguments, else this user's usual data folder. */
    public static Path folderFromArguments(List<String> args) {
        return DataDirectory.fromArguments(args);
    }

    /** This user's usual data folder on this machine. */
    public static Path defaultFolder() {
        return DataDirectory.defaultLocation();
    }

    /**
     * Restores {@code backup} into {@code folder}, claiming it for the time of the restore. The current data is
     * backed up first when it still opens; data that no longer opens is kept beside under another name, and the
     * result says why it could not be opened.
     */
    public static Restored restoreFolder(Path folder, BackupInfo backup) {
        try (DataFolderLock lock = DataFolderLock.acquire(folder)) {
            Database opened;
            try {
                opened = Database.open(lock);
            } catch (StorageException e) {
                if (!e.problem().restoreHelps()) {
                    throw e;
                }
                return new Restored(BackupService.restoreInto(lock, backup), Optional.of(e.getMessage()));
            }
            try (opened) {
                return new Restored(new BackupService(opened).restore(backup), Optional.empty());
            }
        }
    }

    /** What a restore put back, and why the data it replaced could not be opened (empty: it could). */
    public record Restored(BackupInfo.Counts counts, Optional<String> unusable) {
    }

    /** The data folder. */
    public Path folder() {
        return db.directory();
    }

    /** Plans: list, load, create, edit the plan's own fields. */
    public PlanService plans() {
        return plans;
    }

    /** The plan's sections and their text. */
    /** Issuing plans, revisions and comparing versions (decision 0014). */
    public PlanVersionService versions() {
        return versions;
    }

    /** The user guide, shown by F1. */
    public UserGuideService guide() {
        return guide;
    }

    /** Thống nhất cách bỏ dấu over a plan's texts. */
    public ToneService tones() {
        return tones;
    }

    public OutlineService outline() {
        return outline;
    }

    /** The indicator table (Chỉ tiêu). */
    public IndicatorService indicators() {
        return indicators;
    }

    /** The two assignment matrices (Phân công). */
    public AssignmentService assignments() {
        return assignments;
    }

    /** The commune's units (Đơn vị). */
    public UnitService units() {
        return units;
    }

    /** The commune profile. */
    public CommuneService commune() {
        return commune;
    }

    /** Reporting periods, units' results and progress, deadlines and holidays. */
    public ReportingService reporting() {
        return reporting;
    }

    /** The units' reporting forms: making them and reading them back. */
    public UnitFormService unitForms() {
        return unitForms;
    }

    /** The forms of a period with one e-mail draft per unit beside them. */
    public FormMailService formMail() {
        return formMail;
    }

    /** The commune's periodic report to the province. */
    public PeriodicReportService periodicReports() {
        return periodicReports;
    }

    /** The signed originals (bản ký số) of plans and period reports. */
    public SignedOriginalService signedOriginals() {
        return signedOriginals;
    }

    /** The package sent with a periodic report, and the "sent" mark. */
    public ReportPackageService packages() {
        return packages;
    }

    /** Reading plan files into the data, reporting history included. */
    public PlanImportService imports() {
        return imports;
    }

    /** Writing a plan to a plan file. */
    public PlanExportService exports() {
        return exports;
    }

    /** Backups of the data: daily, on demand, copies and restores. */
    public BackupService backups() {
        return backups;
    }

    /** Find across a plan (Ctrl+F). */
    public PlanSearch search() {
        return search;
    }

    /** Closes the data and lets the folder go. */
    @Override
    public void close() {
        db.close();
    }
}
