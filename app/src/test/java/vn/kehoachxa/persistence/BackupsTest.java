package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.storage.BackupInfo;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.service.BackupService;

/** The backups folder: what is kept, what is listed, and the day's backup taken once. */
class BackupsTest {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @TempDir
    Path dir;

    @Test
    void pruningKeepsTheNewestThirtyDailyAndTwentyOtherCopies() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        LocalDateTime start = LocalDateTime.of(2026, 1, 1, 8, 0);
        for (int i = 0; i < 35; i++) {
            fake(folder, start.plusDays(i), BackupReason.DAILY);
        }
        for (int i = 0; i < 25; i++) {
            fake(folder, start.plusHours(i), i % 2 == 0 ? BackupReason.BEFORE_DELETE : BackupReason.MANUAL);
        }
        Backups backups = new Backups(dir, Clock.systemDefaultZone());

        backups.prune();

        List<BackupInfo> kept = backups.list();
        assertThat(kept.stream().filter(b -> b.reason() == BackupReason.DAILY)).hasSize(30)
                .allMatch(b -> !b.takenAt().isBefore(start.plusDays(5)));
        assertThat(kept.stream().filter(b -> b.reason() != BackupReason.DAILY)).hasSize(20)
                .allMatch(b -> !b.takenAt().isBefore(start.plusHours(5)));
        try (var files = Files.list(folder)) {
            assertThat(files).hasSize(2 * 50); // each zip with its record, nothing else
        }
    }

    @Test
    void aCopyWithoutItsCheckRecordIsListedButNotOfferedAsGood() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("backups"));
        Path zip = fake(folder, LocalDateTime.of(2026, 3, 1, 9, 30), BackupReason.MANUAL);
        Files.delete(zip.resolveSibling(zip.getFileName().toString().replace(".zip", ".properties")));

        assertThat(BackupService.listIn(dir)).singleElement().satisfies(b -> assertThat(b.verified()).isFalse());
        assertThat(BackupService.newestGoodIn(dir)).isEmpty();
    }

    @Test
    void theDaysBackupIsTakenOnceADay() {
        try (Database db = Database.open(dir)) {
            BackupService backups = new BackupService(db);
            assertThat(backups.dailyIfDue()).hasValueSatisfying(b -> assertThat(b.verified()).isTrue());
            assertThat(backups.dailyIfDue()).isEmpty();
            assertThat(backups.list()).singleElement()
                    .satisfies(b -> assertThat(b.reason()).isEqualTo(BackupReason.DAILY));
        }
    }

    @Test
    void signedOriginalsTravelInEveryBackupAndARestorePutsBackOnlyWhatIsMissing() throws Exception {
        Path signed = dir.resolve("ban-ky-so/ke-hoach/20261206-101500-KH-12.pdf");
        Path other = dir.resolve("ban-ky-so/bao-cao/20261206-111500-BC-Q1.pdf");
        Files.createDirectories(signed.getParent());
        Files.createDirectories(other.getParent());
        Files.write(signed, "%PDF-1.7 signed plan".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Files.write(other, "%PDF-1.7 signed report".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (Database db = Database.open(dir)) {
            BackupInfo backup = db.backup(BackupReason.MANUAL);
            try (var zip = new java.util.zip.ZipFile(backup.file().toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).contains("kehoachxa.mv.db",
                        "ban-ky-so/ke-hoach/20261206-101500-KH-12.pdf", "ban-ky-so/bao-cao/20261206-111500-BC-Q1.pdf");
            }
            assertThat(backup.verified()).isTrue();
            Files.delete(signed);
            Files.write(other, "%PDF-1.7 kept as it is".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            db.restore(backup);
        }
        assertThat(Files.readString(signed)).isEqualTo("%PDF-1.7 signed plan");
        assertThat(Files.readString(other)).isEqualTo("%PDF-1.7 kept as it is");
    }

    @Test
    void aBackupWithoutSignedOriginalsHoldsOnlyTheDatabase() throws Exception {
        try (Database db = Database.open(dir)) {
            BackupInfo backup = db.backup(BackupReason.MANUAL);
            try (var zip = new java.util.zip.ZipFile(backup.file().toFile())) {
                assertThat(zip.stream().map(java.util.zip.ZipEntry::getName)).containsExactly("kehoachxa.mv.db");
            }
        }
    }

    private static Path fake(Path folder, LocalDateTime when, BackupReason reason) throws Exception {
        String base = "kehoachxa-" + when.format(STAMP) + "-" + reason.code();
        Path zip = folder.resolve(base + ".zip");
        Files.write(zip, new byte[] {1});
        Files.writeString(folder.resolve(base + ".properties"), "verified=true\nplans=1\n");
        return zip;
    }
}
