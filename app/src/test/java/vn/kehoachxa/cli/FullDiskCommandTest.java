package vn.kehoachxa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.testsupport.SmallDisk;

/** On a full disk an import says so and stores nothing, instead of printing success (issue 12). */
class FullDiskCommandTest extends CommandTestBase {
    @Test
    void anImportOnAFullDiskFailsWithItsOwnMessageAndStoresNothing() throws Exception {
        Path mount = Files.createDirectories(dir.resolve("small"));
        try (SmallDisk disk = SmallDisk.mount(mount, 16)) {
            String data = mount.resolve("data").toString();
            assertThat(run("import", MUONG_LA.toString(), "--data-dir", data)).isZero();
            Path filler = mount.resolve("filler.bin");
            try (OutputStream fill = Files.newOutputStream(filler)) {
                byte[] block = new byte[64 * 1024];
                while (true) {
                    fill.write(block);
                }
            } catch (IOException full) {
                // the disk is full now
            }
            int code = run("import", MUONG_LA.toString(), "--as-new", "--data-dir", data);
            assertThat(code).as(out + err).isEqualTo(KeHoachXaCommand.INPUT_ERROR);
            assertThat(out).doesNotContain("Đã nhập");
            assertThat(err).contains("đã đầy").contains("CHƯA được lưu");
            Files.delete(filler);
            assertThat(run("list", "--data-dir", data)).isZero();
            assertThat(out.lines()).hasSize(1);
        }
    }
}
