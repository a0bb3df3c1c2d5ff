package vn.kehoachxa.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.testsupport.SmallDisk;

class SafeFilesTest {
    @TempDir
    Path dir;

    @Test
    void writesTheBytesAndLeavesOnlyTheTarget() throws IOException {
        Path target = dir.resolve("kế-hoạch.kehoach.json");
        SafeFiles.writeString(target, "{\"định dạng\": 1}");
        assertThat(target).hasContent("{\"định dạng\": 1}");
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aNewFileIsReadableByEveryone() throws IOException {
        Path target = dir.resolve("ke-hoach.docx");
        SafeFiles.write(target, new byte[] {1, 2, 3});
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void aReplacedFileGetsTheNormalModeWhateverItHadBefore() throws IOException {
        // Versions before 0010 left exports owner-only; writing them again repairs them.
        Path target = dir.resolve("phu-luc.xlsx");
        Files.writeString(target, "bản cũ");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        SafeFiles.writeString(target, "bản mới");
        assertThat(target).hasContent("bản mới");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    }

    @Test
    void aBodyMayCloseTheStreamItWritesTo() throws IOException {
        Path target = dir.resolve("goi.zip");
        SafeFiles.write(target, out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry("a.txt"));
                zip.write("nội dung".getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        });
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(target))) {
            assertThat(in.getNextEntry().getName()).isEqualTo("a.txt");
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("nội dung");
        }
    }

    @Test
    void aBodyThatFailsLeavesTheOldTargetAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("ke-hoach.docx");
        Files.writeString(target, "bản cũ");
        assertThatThrownBy(() -> SafeFiles.write(target, out -> {
            out.write("nửa tệp".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            throw new IOException("mất kết nối");
        })).isInstanceOf(FileWriteException.class)
                .hasMessage("Không ghi được tệp " + target + " (mất kết nối). Tệp cũ, nếu có, vẫn giữ nguyên.");
        assertThat(target).hasContent("bản cũ");
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void aDomainErrorInTheBodyPassesThroughAfterTheTemporaryFileIsRemoved() throws IOException {
        Path target = dir.resolve("phu-luc.xlsx");
        Files.writeString(target, "bản cũ");
        DomainException mine = new DomainException("Kế hoạch không có phụ lục");
        assertThatThrownBy(() -> SafeFiles.write(target, out -> {
            out.write(1);
            throw mine;
        })).isSameAs(mine);
        assertThat(target).hasContent("bản cũ");
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void anIoErrorWrappedByALibraryIsNamedLikeAnyOther() throws IOException {
        Path target = dir.resolve("bieu.xlsx");
        assertThatThrownBy(() -> SafeFiles.write(target, out -> {
            throw new IllegalStateException("POI", new IOException("No space left on device"));
        })).isInstanceOf(FileWriteException.class).hasMessageContaining("ổ đĩa đã đầy");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void aFolderInTheTargetsPlaceIsReportedAsAFileThatCannotBeReplaced() throws IOException {
        // The nearest Linux has to a .docx open in Word on Windows: the move over it is refused.
        Path target = dir.resolve("ke-hoach.docx");
        Files.createDirectory(target);
        Files.writeString(target.resolve("giữ.txt"), "giữ nguyên");
        FileWriteException e = failure(target);
        assertThat(e.problem()).isEqualTo(FileWriteException.Problem.IN_USE);
        assertThat(e.getMessage()).startsWith("Không ghi được tệp " + target + ": tệp đang mở trong Word, Excel")
                .contains("Hãy đóng tệp");
        assertThat(target.resolve("giữ.txt")).hasContent("giữ nguyên");
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void aMissingFolderIsNamed() {
        Path target = dir.resolve("usb-da-rut").resolve("ke-hoach.docx");
        FileWriteException e = failure(target);
        assertThat(e.problem()).isEqualTo(FileWriteException.Problem.NO_FOLDER);
        assertThat(e.getMessage()).isEqualTo("Không ghi được tệp " + target + ": thư mục " + target.getParent()
                + " không còn (đã bị xóa, đổi tên, hoặc USB đã bị rút ra). Hãy chọn thư mục khác rồi làm lại.");
        assertThat(list(dir)).isEmpty();
    }

    @Test
    void aReadOnlyFolderIsNamedAndKeepsTheOldFile() throws IOException {
        Path mount = Files.createDirectory(dir.resolve("usb"));
        try (SmallDisk disk = SmallDisk.mount(mount, 4)) {
            Path target = mount.resolve("ke-hoach.docx");
            Files.writeString(target, "bản cũ");
            disk.makeReadOnly();
            FileWriteException e = failure(target);
            assertThat(e.problem()).isEqualTo(FileWriteException.Problem.READ_ONLY_FOLDER);
            assertThat(e.getMessage()).startsWith("Không ghi được tệp " + target + ": thư mục " + mount
                    + " hoặc ổ đĩa chỉ cho phép đọc").contains("Hãy chọn thư mục khác");
            assertThat(target).hasContent("bản cũ");
            assertThat(list(mount)).containsExactly(target);
        }
    }

    @Test
    void aFullDiskIsNamedKeepsTheOldFileAndLeavesNoTemporaryFile() throws IOException {
        Path mount = Files.createDirectory(dir.resolve("small"));
        try (SmallDisk ignored = SmallDisk.mount(mount, 1)) {
            Path target = mount.resolve("goi.zip");
            Files.writeString(target, "bản cũ");
            FileWriteException e = failure(target, new byte[2 * 1024 * 1024]);
            assertThat(e.problem()).isEqualTo(FileWriteException.Problem.DISK_FULL);
            assertThat(e.getMessage()).isEqualTo("Không ghi được tệp " + target + ": ổ đĩa đã đầy. Hãy xóa bớt tệp"
                    + " không cần, dọn thùng rác hoặc chọn ổ đĩa khác rồi làm lại; tệp cũ, nếu có, vẫn giữ nguyên.");
            assertThat(target).hasContent("bản cũ");
            assertThat(list(mount)).containsExactly(target);
        }
    }

    @Test
    void anImmutableTargetIsKeptAndNamedAsAFileThatCannotBeReplaced() throws IOException {
        Path target = dir.resolve("da-ky.docx");
        Files.writeString(target, "bản đã ký");
        SmallDisk.makeImmutable(target);
        try {
            FileWriteException e = failure(target);
            assertThat(e.problem()).isEqualTo(FileWriteException.Problem.IN_USE);
            assertThat(target).hasContent("bản đã ký");
            assertThat(list(dir)).containsExactly(target);
        } finally {
            SmallDisk.clearImmutable(target);
        }
    }

    @Test
    void theTemporaryFileIsHiddenBesideTheTargetAndItsNameStaysShort() {
        Path target = dir.resolve("Báo cáo Q1-2026 - " + "Trạm Y tế xã Mường La ".repeat(10) + ".xlsx");
        String name = SafeFiles.temporaryName(target);
        assertThat(name).startsWith(".~Báo cáo Q1-2026 - Trạm").endsWith(".tmp");
        assertThat(name.codePointCount(0, name.length())).isLessThan(100);
        assertThat(SafeFiles.temporaryName(dir.resolve("a.docx"))).matches("\\.~a\\.docx\\.[0-9a-f]+\\.tmp");
    }

    @Test
    void copyWritesTheSameBytes() throws IOException {
        Path source = Files.write(dir.resolve("goc.eml"), new byte[] {7, 8, 9});
        Path copy = Files.createDirectory(dir.resolve("usb")).resolve("goc.eml");
        SafeFiles.copy(source, copy);
        assertThat(Files.readAllBytes(copy)).containsExactly(7, 8, 9);
    }

    @ParameterizedTest(name = "{0} while {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            The process cannot access the file because it is being used by another process | MOVE   | IN_USE
            The process cannot access the file because it is being used by another process | CREATE | IN_USE
            There is not enough space on the disk                                           | WRITE  | DISK_FULL
            No space left on device                                                         | WRITE  | DISK_FULL
            Disk quota exceeded                                                             | CREATE | DISK_FULL
            Read-only file system                                                           | CREATE | READ_ONLY_FOLDER
            The media is write protected                                                    | CREATE | READ_ONLY_FOLDER
            Input/output error                                                              | WRITE  | OTHER
            """)
    void theSystemsWordsAreNamed(String reason, FileFailures.Step step, FileWriteException.Problem problem) {
        Path target = dir.resolve("ke-hoach.docx");
        FileSystemException error = new FileSystemException(target.toString(), null, reason);
        assertThat(FileFailures.classify(error, step, target).problem()).isEqualTo(problem);
    }

    @Test
    void accessDeniedWhenMovingMeansTheTargetIsHeldAndWhenCreatingThatTheFolderIsReadOnly() {
        // Windows: a .docx open in Word, or a folder without the right to create files.
        Path target = dir.resolve("ke-hoach.docx");
        AccessDeniedException denied = new AccessDeniedException(target.toString());
        assertThat(FileFailures.classify(denied, FileFailures.Step.MOVE, target).problem())
                .isEqualTo(FileWriteException.Problem.IN_USE);
        assertThat(FileFailures.classify(denied, FileFailures.Step.CREATE, target).problem())
                .isEqualTo(FileWriteException.Problem.READ_ONLY_FOLDER);
    }

    private static FileWriteException failure(Path target) {
        return failure(target, "bản mới".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static FileWriteException failure(Path target, byte[] bytes) {
        try {
            SafeFiles.write(target, bytes);
        } catch (FileWriteException e) {
            return e;
        }
        throw new AssertionError("writing " + target + " did not fail");
    }

    static List<Path> list(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
