package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;
import vn.kehoachxa.testsupport.ChildJvm;
import vn.kehoachxa.testsupport.HoldDatabase;
import vn.kehoachxa.testsupport.SmallDisk;

/** Each way a database file can fail on a real disk gets its own named problem and Vietnamese message. */
class DatabaseFailuresTest {
    @TempDir
    Path dir;

    @Test
    void aZeroByteFileIsNamedEmptyInsteadOfOpeningAsANewDatabase() throws Exception {
        Files.createFile(dir.resolve("kehoachxa.mv.db"));
        assertProblem(StorageProblem.EMPTY, "trống (0 byte)");
        assertThat(Files.size(dir.resolve("kehoachxa.mv.db"))).isZero();
    }

    @Test
    void aTruncatedFileIsNamedCorrupt() throws Exception {
        Path file = databaseWithOneUnit();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(raf.length() / 3);
        }
        assertProblem(StorageProblem.CORRUPT, "bị hỏng");
    }

    @Test
    void flippedBytesInBothHeadersAreNamedCorrupt() throws Exception {
        Path file = databaseWithOneUnit();
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            raf.seek(0);
            raf.write(junk);
        }
        assertProblem(StorageProblem.CORRUPT, "bị hỏng");
    }

    @Test
    void aFileThatIsNoDatabaseIsNamedCorrupt() throws Exception {
        Files.writeString(dir.resolve("kehoachxa.mv.db"), "Đây là một tệp văn bản, không phải cơ sở dữ liệu.\n".repeat(200));
        assertProblem(StorageProblem.CORRUPT, "bị hỏng");
    }

    @Test
    void aMissingFileWithBackupsIsNamedMissingInsteadOfStartingEmpty() throws Exception {
        Path file = databaseWithOneUnit();
        try (Database db = Database.open(dir)) {
            db.backup(BackupReason.MANUAL);
        }
        Files.delete(file);
        assertProblem(StorageProblem.MISSING, "bản sao lưu");
        assertThat(file).doesNotExist();
    }

    @Test
    void aReadOnlyFileIsNamedReadOnly() throws Exception {
        Path file = databaseWithOneUnit();
        if (SmallDisk.isRoot()) {
            SmallDisk.makeImmutable(file);
        } else {
            assertThat(file.toFile().setWritable(false)).isTrue();
        }
        try {
            assertProblem(StorageProblem.READ_ONLY_FILE, "chỉ cho phép đọc");
        } finally {
            SmallDisk.clearImmutable(file);
            file.toFile().setWritable(true);
        }
    }

    @Test
    void aReadOnlyFolderIsNamedReadOnly() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("usb"));
        try (SmallDisk disk = SmallDisk.mount(mount, 16)) {
            try (Database db = Database.open(mount)) {
                db.inTransaction(store -> store.units().insert(Unit.named("Trạm Y tế", UnitKind.HEALTH)));
            }
            disk.makeReadOnly();
            assertThatThrownBy(() -> Database.open(mount)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.problem()).isEqualTo(StorageProblem.READ_ONLY_FOLDER);
                assertThat(e.getMessage()).contains("Không ghi được vào thư mục dữ liệu " + mount);
            });
        }
    }

    @Test
    void aFolderHeldByAnotherProcessIsNamedInUse() throws Exception {
        databaseWithOneUnit();
        Process holder = ChildJvm.start(HoldDatabase.class, dir.toString());
        try (OutputStream stdin = holder.getOutputStream()) {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(),
                    StandardCharsets.UTF_8));
            String line;
            while ((line = out.readLine()) != null && !line.startsWith("OPEN")) {
                // skip JVM warnings
            }
            assertThat(line).startsWith("OPEN");
            assertProblem(StorageProblem.IN_USE, "đang mở ở cửa sổ khác");
        } finally {
            holder.waitFor(20, TimeUnit.SECONDS);
            holder.destroyForcibly();
        }
        try (Database db = Database.open(dir)) {
            assertThat(units(db)).hasSize(1);
        }
    }

    @Test
    void aDatabaseFromANewerVersionIsNamedAndLeftUnchanged() throws Exception {
        databaseWithOneUnit();
        var pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("kehoachxa").toAbsolutePath(),
                "sa", "");
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", "
                    + "\"type\", \"script\", \"checksum\", \"installed_by\", \"installed_on\", \"execution_time\", "
                    + "\"success\") VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', 0, 'sa', NOW(), 1, TRUE)");
        } finally {
            pool.dispose();
        }
        assertProblem(StorageProblem.NEWER_VERSION, "phiên bản Kế hoạch Xã mới hơn (phiên bản dữ liệu 99");
    }

    @Test
    void aDatabaseLeftHalfUpgradedByAnOlderVersionIsNamedAndTheCopyOffered() throws Exception {
        databaseWithOneUnit();
        try (Database db = Database.open(dir)) {
            db.backup(BackupReason.BEFORE_UPGRADE);
        }
        // Older versions migrated in place: a kill mid-way left a failed row in Flyway's history.
        var pool = org.h2.jdbcx.JdbcConnectionPool.create("jdbc:h2:file:" + dir.resolve("kehoachxa").toAbsolutePath(),
                "sa", "");
        try (var c = pool.getConnection(); var s = c.createStatement()) {
            s.execute("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '3'");
        } finally {
            pool.dispose();
        }
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.problem()).isEqualTo(StorageProblem.MIGRATION_FAILED);
            assertThat(e.problem().restoreHelps()).isTrue();
            assertThat(e.getMessage()).contains("nâng cấp dở dang").contains("truoc-khi-nang-cap");
        });
    }

    @Test
    void aFileDeletedWhileOpenFailsTheNextEditInsteadOfReportingItSaved() throws Exception {
        try (Database db = Database.open(dir)) {
            Files.delete(dir.resolve("kehoachxa.mv.db"));
            assertThatThrownBy(() -> db.inTransaction(store -> store.units().insert(
                    Unit.named("Trạm Y tế", UnitKind.HEALTH))))
                    .isInstanceOfSatisfying(StorageException.class,
                            e -> assertThat(e.problem()).isEqualTo(StorageProblem.FILE_LOST));
        }
    }

    @Test
    void aDiskTooFullToBuildANewDatabaseSaysSoAndLeavesNoDatabase() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("tiny"));
        try (SmallDisk disk = SmallDisk.mount(mount, 1)) {
            assertThatThrownBy(() -> Database.open(mount)).isInstanceOfSatisfying(StorageException.class, e -> {
                assertThat(e.problem()).isEqualTo(StorageProblem.DISK_FULL);
                assertThat(e.getMessage()).contains("đã đầy");
            });
            assertThat(Database.databaseFile(mount)).doesNotExist();
        }
    }

    @Test
    void aFullDiskFailsTheEditWithItsOwnMessageAndKeepsWhatWasSaved() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small"));
        try (SmallDisk disk = SmallDisk.mount(mount, 16)) {
            try (Database db = Database.open(mount)) {
                db.inTransaction(store -> store.units().insert(Unit.named("Trạm Y tế", UnitKind.HEALTH)));
                fill(mount.resolve("filler.bin"));
                StorageException failure = null;
                for (int i = 0; i < 200 && failure == null; i++) {
                    int n = i;
                    try {
                        db.inTransaction(store -> store.units().insert(Unit.named(("Đơn vị " + n + " ").repeat(20),
                                UnitKind.OTHER)));
                    } catch (StorageException e) {
                        failure = e;
                    }
                }
                assertThat(failure).isNotNull();
                assertThat(failure.problem()).isEqualTo(StorageProblem.DISK_FULL);
                assertThat(failure.getMessage()).contains("đã đầy").contains("CHƯA được lưu");
            } catch (StorageException closing) {
                assertThat(closing.problem()).isEqualTo(StorageProblem.DISK_FULL);
            }
            Files.delete(mount.resolve("filler.bin"));
            try (Database db = Database.open(mount)) {
                assertThat(units(db)).extracting("name").contains("Trạm Y tế");
            }
        }
    }

    private static void fill(Path file) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE)) {
            while (true) {
                out.write(block);
            }
        } catch (java.io.IOException full) {
            // the disk is full now
        }
    }

    private Path databaseWithOneUnit() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(store -> store.units().insert(Unit.named("Trạm Y tế", UnitKind.HEALTH)));
        }
        return dir.resolve("kehoachxa.mv.db");
    }

    private void assertProblem(StorageProblem problem, String words) {
        assertThatThrownBy(() -> {
            try (Database db = Database.open(dir)) {
                db.read(store -> store.units().all());
            }
        }).isInstanceOfSatisfying(StorageException.class, e -> {
            assertThat(e.problem()).isEqualTo(problem);
            assertThat(e.getMessage()).contains(words).doesNotContainPattern("[A-Z][a-z]+ [a-z]+ [a-z]+ (file|database)");
        });
    }

    private static java.util.List<Unit> units(Database db) {
        return db.read(store -> store.units().all());
    }
}
