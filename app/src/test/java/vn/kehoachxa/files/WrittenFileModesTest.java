package vn.kehoachxa.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.service.PeriodicReportService;
import vn.kehoachxa.service.PlanExportService;
import vn.kehoachxa.service.ReportPackageService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.report.FilledQuarter;
import vn.kehoachxa.service.report.ReportPackage;
import vn.kehoachxa.testsupport.SmallDisk;
import vn.kehoachxa.ui.common.AppSettings;

/**
 * Every file the app writes for a user, made by the real services: each one is readable by everyone
 * ({@code rw-r--r--}, decision 0010), whatever mode the file it replaced had, and no temporary file stays beside it.
 */
@EnabledOnOs({OS.LINUX, OS.MAC})
class WrittenFileModesTest {
    @TempDir
    Path dir;
    FilledQuarter q;
    Path out;

    @BeforeEach
    void setUp() throws IOException {
        q = new FilledQuarter(dir);
        out = Files.createDirectory(dir.resolve("xuat"));
    }

    @AfterEach
    void close() {
        q.db.close();
    }

    @Test
    void planExportsAreReadableByEveryone() throws IOException {
        PlanExportService export = new PlanExportService(q.db);
        Path json = ownerOnly(out.resolve("ke-hoach.kehoach.json"));
        Path docx = ownerOnly(out.resolve("ke-hoach.docx"));
        Path xlsx = ownerOnly(out.resolve("phu-luc.xlsx"));
        export.toPlanFile(q.planId, json, true);
        export.toWord(q.planId, docx);
        export.toExcel(q.planId, xlsx);
        assertNormal(json, docx, xlsx);
        assertThat(Files.size(docx)).isGreaterThan(10_000);
        assertThat(list(out)).containsExactlyInAnyOrder(json, docx, xlsx);
    }

    @Test
    void periodicReportExportsAreReadableByEveryone() throws IOException {
        PeriodicReportService reports = new PeriodicReportService(q.db, q.clock);
        Path docx = ownerOnly(out.resolve("bao-cao.docx"));
        Path xlsx = out.resolve("bao-cao-bieu.xlsx");
        reports.exportWord(q.quarter.period().id(), docx);
        reports.exportExcel(q.quarter.period().id(), xlsx);
        assertNormal(docx, xlsx);
        assertThat(list(out)).containsExactlyInAnyOrder(docx, xlsx);
    }

    @Test
    void unitFormsAreReadableByEveryone() throws IOException {
        List<Path> forms = new UnitFormService(q.db, q.clock).generateAll(q.quarter.period().id(), out);
        assertThat(forms).hasSize(q.units.size());
        assertNormal(forms.toArray(Path[]::new));
        assertThat(list(out)).containsExactlyInAnyOrderElementsOf(forms);
    }

    @Test
    void theReportPackageItsZipItsEmlAndTheirCopiesAreReadableByEveryone() throws IOException {
        ReportPackageService service = new ReportPackageService(q.db, q.clock);
        ReportPackage pkg = service.build(q.quarter.period().id(), out);
        List<Path> written = new ArrayList<>(pkg.files());
        written.add(pkg.zip());
        written.add(pkg.eml());
        assertNormal(written.toArray(Path[]::new));
        assertThat(list(out)).containsExactlyInAnyOrder(pkg.folder(), pkg.zip(), pkg.eml());
        assertThat(list(pkg.folder())).containsExactlyInAnyOrderElementsOf(pkg.files());

        Path usb = Files.createDirectory(dir.resolve("usb"));
        Path copied = service.copyTo(pkg, usb);
        List<Path> copies = new ArrayList<>(list(copied));
        assertThat(copies).hasSize(pkg.files().size());
        copies.add(usb.resolve(pkg.zip().getFileName()));
        copies.add(usb.resolve(pkg.eml().getFileName()));
        assertNormal(copies.toArray(Path[]::new));
        assertThat(Files.readAllBytes(usb.resolve(pkg.eml().getFileName()))).isEqualTo(Files.readAllBytes(pkg.eml()));
    }

    @Test
    void theSettingsFileIsReadableByEveryone() throws IOException {
        Path data = Files.createDirectory(dir.resolve("du-lieu"));
        ownerOnly(data.resolve(AppSettings.FILE_NAME));
        AppSettings settings = AppSettings.load(data);
        settings.setExportFolder(out);
        settings.save();
        assertNormal(data.resolve(AppSettings.FILE_NAME));
        assertThat(AppSettings.load(data).exportFolder()).contains(out);
        assertThat(list(data)).containsExactly(data.resolve(AppSettings.FILE_NAME));
    }

    @Test
    void copyingThePackageToAFullUsbStickNamesTheFullDiskAndLeavesNoTemporaryFile() throws IOException {
        ReportPackageService service = new ReportPackageService(q.db, q.clock);
        ReportPackage pkg = service.build(q.quarter.period().id(), out);
        Path usb = Files.createDirectory(dir.resolve("usb"));
        try (SmallDisk ignored = SmallDisk.mount(usb, 1)) {
            Path filler = fill(usb);
            assertThatThrownBy(() -> service.copyTo(pkg, usb))
                    .isInstanceOf(FileWriteException.class)
                    .hasMessageContaining("ổ đĩa đã đầy")
                    .hasMessageContaining(pkg.folder().getFileName().toString());
            Path folder = usb.resolve(pkg.folder().getFileName());
            assertThat(list(usb)).containsExactlyInAnyOrder(filler, folder);
            assertThat(list(folder)).isEmpty();
        }
    }

    private static Path fill(Path disk) {
        Path filler = disk.resolve("day.bin");
        try (OutputStream o = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                o.write(block);
            }
        } catch (IOException full) {
            return filler;
        }
    }

    private static Path ownerOnly(Path file) throws IOException {
        Files.writeString(file, "bản cũ");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }

    private static void assertNormal(Path... files) throws IOException {
        for (Path f : files) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).as(f.toString())
                    .isEqualTo("rw-r--r--");
            assertThat(Files.size(f)).as(f.toString()).isGreaterThan(0);
        }
    }

    private static List<Path> list(Path folder) {
        return SafeFilesTest.list(folder);
    }
}
