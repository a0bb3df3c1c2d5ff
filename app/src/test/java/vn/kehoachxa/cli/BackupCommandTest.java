package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.ChildJvm;
import vn.kehoachxa.testsupport.HoldDatabase;
import vn.kehoachxa.testsupport.ReportedPlans;

/** {@code backup} and {@code restore} on a real data folder, damaged for real in between. */
class BackupCommandTest extends CommandTestBase {
    @Test
    void aBackupBringsEveryPlanAndReportBackAfterTheDatabaseIsDamaged() throws Exception {
        try (Database db = Database.open(dir.resolve("data"))) {
            ReportedPlans.muongLaWithReports(db);
        }
        assertThat(run("backup", "--data-dir", data())).isZero();
        assertThat(out).contains("Đã sao lưu vào").contains("1 kế hoạch").contains("1 kỳ báo cáo")
                .contains("2 báo cáo của đơn vị").contains("2 kết quả chỉ tiêu");
        Path file = dir.resolve("data").resolve("kehoachxa.mv.db");
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.write(new byte[8192]); // both file headers gone
        }
        assertThat(run("list", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
        assertThat(err).contains("bị hỏng").doesNotContain("Exception");

        assertThat(run("restore", "--list", "--data-dir", data())).isZero();
        assertThat(out).startsWith("1\t").contains("sao lưu theo yêu cầu");
        assertThat(run("restore", "1", "--data-dir", data())).isZero();
        assertThat(out).contains("Đã khôi phục").contains("2 báo cáo của đơn vị");

        try (Database db = Database.open(dir.resolve("data"))) {
            assertThat(db.<Integer>read(store -> store.plans().list().size())).isEqualTo(1);
            assertThat(db.<Integer>read(store -> store.reporting().submissions(
                    store.reporting().periods(store.plans().list().getFirst().id()).getFirst().id()).size()))
                    .isEqualTo(2);
        }
        try (var files = Files.list(dir.resolve("data"))) {
            assertThat(files.map(f -> f.getFileName().toString())).anyMatch(n -> n.startsWith("kehoachxa-hong-"));
        }
    }

    @Test
    void restoringOverAWorkingDatabaseBacksItUpFirst() {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        run("backup", "--data-dir", data());
        run("import", MUONG_LA.toString(), "--as-new", "--data-dir", data());
        assertThat(run("restore", "1", "--data-dir", data())).isZero();
        run("list", "--data-dir", data());
        assertThat(out.lines()).hasSize(1);
        assertThat(run("restore", "--list", "--data-dir", data())).isZero();
        assertThat(out).contains("trước khi khôi phục\t2 kế hoạch");
    }

    @Test
    void aBackupCanBeCopiedToAnotherFolderAndRestoredFromThere() {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        Path usb = dir.resolve("usb");
        assertThat(run("backup", "--to", usb.toString(), "--data-dir", data())).isZero();
        Path copy = usb.resolve(out.substring(out.indexOf("kehoachxa-"), out.indexOf(".zip") + 4));
        assertThat(copy).exists();
        Path other = dir.resolve("new-pc");
        assertThat(run("restore", copy.toString(), "--data-dir", other.toString())).isZero();
        run("list", "--data-dir", other.toString());
        assertThat(out).contains("xã Mường La");
    }

    @Test
    void theCommandLineRefusesInVietnameseWhileTheWindowHoldsTheFolder() throws Exception {
        run("import", MUONG_LA.toString(), "--data-dir", data());
        Process window = ChildJvm.start(HoldDatabase.class, data());
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(window.getInputStream(),
                    StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null && !line.startsWith("OPEN"); line = lines.readLine()) {
                // JVM warnings
            }
            assertThat(run("list", "--data-dir", data())).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
            assertThat(err).contains("Kế hoạch Xã đang mở ở cửa sổ khác").doesNotContain("Exception");
        } finally {
            window.getOutputStream().close();
            window.waitFor(20, TimeUnit.SECONDS);
            window.destroyForcibly();
        }
        assertThat(run("list", "--data-dir", data())).isZero();
    }
}
