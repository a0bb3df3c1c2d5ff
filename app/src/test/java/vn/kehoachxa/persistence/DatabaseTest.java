package vn.kehoachxa.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.storage.BackupReason;
import vn.kehoachxa.domain.storage.StorageException;
import vn.kehoachxa.domain.storage.StorageProblem;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void openingAnEmptyFolderCreatesAMigratedDatabaseFile() {
        try (Database db = Database.open(dir)) {
            List<?> plans = db.read(store -> store.plans().list());
            assertThat(plans).isEmpty();
        }
        assertThat(dir.resolve("kehoachxa.mv.db")).exists();
    }

    @Test
    void reopeningKeepsTheData() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(store -> store.units().insert(
                    vn.kehoachxa.domain.plan.Unit.named("Trạm Y tế", vn.kehoachxa.domain.plan.UnitKind.HEALTH)));
        }
        try (Database db = Database.open(dir)) {
            List<?> units = db.read(store -> store.units().all());
            assertThat(units).extracting("name").containsExactly("Trạm Y tế");
        }
    }

    @Test
    void anUpgradeOfAnExistingDatabaseIsPrecededByACheckedBackup() throws Exception {
        try (Database db = Database.open(dir)) {
            db.inTransaction(store -> store.units().insert(
                    vn.kehoachxa.domain.plan.Unit.named("Trạm Y tế", vn.kehoachxa.domain.plan.UnitKind.HEALTH)));
            assertThat(db.backups()).isEmpty();
        }
        try (Database db = Database.open(dir, List.of("classpath:db/migration", "classpath:db/testmigration"))) {
            assertThat(db.backups()).singleElement().satisfies(b -> {
                assertThat(b.reason()).isEqualTo(BackupReason.BEFORE_UPGRADE);
                assertThat(b.verified()).isTrue();
                assertThat(b.counts().units()).isEqualTo(1);
            });
            assertThat(units(db)).extracting("name").containsExactly("Trạm Y tế");
        }
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".kehoachxa-dang-tao")).noneMatch(n -> n.endsWith(".bak"));
        }
    }

    @Test
    void aFailedUpgradeLeavesTheDatabaseAsItWasAndNamesTheCopy() {
        try (Database db = Database.open(dir)) {
            db.inTransaction(store -> store.units().insert(
                    vn.kehoachxa.domain.plan.Unit.named("Trạm Y tế", vn.kehoachxa.domain.plan.UnitKind.HEALTH)));
        }
        assertThatThrownBy(() -> Database.open(dir, List.of("classpath:db/migration", "classpath:db/brokenmigration")))
                .isInstanceOfSatisfying(StorageException.class, e -> {
                    assertThat(e.problem()).isEqualTo(StorageProblem.MIGRATION_FAILED);
                    assertThat(e.getMessage()).contains("chưa bị thay đổi").contains("backups");
                });
        try (Database db = Database.open(dir)) {
            assertThat(units(db)).extracting("name").containsExactly("Trạm Y tế");
        }
    }

    @Test
    void aNewDatabaseIsNotBackedUp() {
        try (Database db = Database.open(dir, List.of("classpath:db/migration", "classpath:db/testmigration"))) {
            assertThat(db.backups()).isEmpty();
        }
    }

    @Test
    void anInterruptedCreationLeavesNoDatabaseAndIsCleanedAtTheNextStart() throws Exception {
        Path leftover = dir.resolve(".kehoachxa-dang-tao-1-2");
        Files.createDirectories(leftover);
        Files.writeString(leftover.resolve("kehoachxa.mv.db"), "half");
        try (Database db = Database.open(dir)) {
            assertThat(db.<java.util.List<?>>read(store -> store.plans().list())).isEmpty();
        }
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aSessionThatGrewTheFileIsCompactedWhenItCloses() throws Exception {
        Path file = dir.resolve("kehoachxa.mv.db");
        long grown;
        try (Database db = Database.open(dir)) {
            for (int i = 0; i < 400; i++) {
                int n = i;
                db.inTransaction(store -> store.units().insert(Unit.named("Đơn vị " + n,
                        vn.kehoachxa.domain.plan.UnitKind.OTHER)));
            }
            grown = Files.size(file);
            assertThat(grown).isGreaterThan(1L << 20);
        }
        assertThat(Files.size(file)).isLessThan(grown / 4);
        // H2 writes a trace file when something fails inside it: compacting must leave none (it did, every time).
        assertThat(dir.resolve("kehoachxa.trace.db")).doesNotExist();
        try (Database db = Database.open(dir)) {
            assertThat(units(db)).hasSize(400);
        }
    }

    @Test
    void theLatestMigrationConstantMatchesTheMigrationFiles() throws Exception {
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.LATEST_MIGRATION).isEqualTo(newest);
        }
        try (var files = Files.list(Path.of("src", "main", "resources", "db", "migration"))) {
            assertThat(files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")))
                    .hasSize(Database.LATEST_MIGRATION);
        }
    }

    @Test
    void aDatabaseAtTheLatestVersionIsRecognisedAsCurrentAndANewOneIsNot() throws Exception {
        JdbcConnectionPool fresh = JdbcConnectionPool.create(
                "jdbc:h2:file:" + dir.resolve("fresh").toAbsolutePath(), "sa", "");
        try {
            assertThat(Schema.isCurrent(fresh)).isFalse();
        } finally {
            fresh.dispose();
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.directory()).isEqualTo(dir);
        }
        JdbcConnectionPool opened = JdbcConnectionPool.create(
                "jdbc:h2:file:" + dir.resolve("kehoachxa").toAbsolutePath(), "sa", "");
        try {
            assertThat(Schema.isCurrent(opened)).isTrue();
        } finally {
            opened.dispose();
        }
    }

    @Test
    void defaultDataFolderFollowsTheOperatingSystem() {
        assertThat(DataDirectory.defaultLocation("Windows 10", Map.of("APPDATA", "C:\\Users\\a\\AppData\\Roaming"),
                "C:\\Users\\a")).hasToString("C:\\Users\\a\\AppData\\Roaming/KeHoachXa");
        assertThat(DataDirectory.defaultLocation("Linux", Map.of(), "/home/a"))
                .isEqualTo(Path.of("/home/a/.local/share/kehoachxa"));
        assertThat(DataDirectory.defaultLocation("Linux", Map.of("XDG_DATA_HOME", "/data"), "/home/a"))
                .isEqualTo(Path.of("/data/kehoachxa"));
        assertThat(DataDirectory.defaultLocation("Mac OS X", Map.of(), "/Users/a"))
                .isEqualTo(Path.of("/Users/a/Library/Application Support/KeHoachXa"));
    }

    private static java.util.List<Unit> units(Database db) {
        return db.read(store -> store.units().all());
    }
}
