package vn.kehoachxa.persistence.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.collect.DataFolderKind;
import vn.kehoachxa.domain.collect.ServerConnection;
import vn.kehoachxa.persistence.Database;

/** The two kinds of data folder never mix, and a server folder names the server without its password. */
class CollectorFolderTest {
    @TempDir
    Path dir;

    @Test
    void aCommuneFolderIsNotOpenedAsACollector() {
        Database.open(dir).close();
        assertThat(CollectorFolder.kindOf(dir)).isEqualTo(DataFolderKind.COMMUNE);
        assertThatThrownBy(() -> CollectorDatabase.openEmbedded(dir)).isInstanceOf(DomainException.class)
                .hasMessageContaining(dir.toString()).hasMessageContaining("thư mục dữ liệu của một xã/phường");
        assertThat(dir.resolve("tonghop.mv.db")).doesNotExist();
        Database.open(dir).close(); // the lock was let go
    }

    @Test
    void aCollectorFolderIsNotOpenedAsACommune() {
        assertThat(CollectorFolder.kindOf(dir)).isEqualTo(DataFolderKind.EMPTY);
        CollectorDatabase.openEmbedded(dir).close();
        assertThat(CollectorFolder.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
        assertThatThrownBy(() -> Database.open(dir)).isInstanceOf(DomainException.class)
                .hasMessageContaining("thư mục tổng hợp báo cáo của tỉnh").hasMessageContaining("--collector");
        assertThat(dir.resolve("kehoachxa.mv.db")).doesNotExist();
        CollectorDatabase.openEmbedded(dir).close();
    }

    @Test
    void theServerFileNamesTheServerAndNeverThePassword() throws IOException {
        ServerConnection server = ServerConnection.fromUrl("jdbc:postgresql://may-chu.soLa.gov.vn:6543/tonghop",
                "can_bo:tinh", "Mật-khẩu-bí-mật".toCharArray());
        CollectorFolder.saveServer(dir, server);
        assertThat(CollectorFolder.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_SERVER);
        ServerConnection read = CollectorFolder.readServer(dir).orElseThrow();
        assertThat(read).isEqualTo(server.withoutPassword());
        assertThat(read.password()).isNull();
        assertThat(Files.readString(dir.resolve(CollectorFolder.SERVER_FILE)))
                .contains("jdbc:postgresql://may-chu.soLa.gov.vn:6543/tonghop");
        assertNoFileHolds(dir, "Mật-khẩu-bí-mật");
        assertThatThrownBy(() -> Database.open(dir)).hasMessageContaining("--collector");
    }

    @Test
    void aServerUrlIsReadOrRefusedInVietnamese() {
        ServerConnection c = ServerConnection.fromUrl("jdbc:postgresql://10.0.0.5/tonghop", "tinh", null);
        assertThat(c.port()).isEqualTo(5432);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://10.0.0.5:5432/tonghop");
        assertThat(c.toString()).doesNotContain("null");
        assertThat(ServerConnection.fromUrl("jdbc:postgresql://h:1/d?ssl=true", "u", "p".toCharArray())
                .toString()).doesNotContain("p]").contains("password given");
        assertThatThrownBy(() -> ServerConnection.fromUrl("jdbc:h2:file:/x", "tinh", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> ServerConnection.fromUrl("jdbc:postgresql://h:99999/d", "tinh", null))
                .isInstanceOf(DomainException.class).hasMessageContaining("cổng");
    }

    /** Every file under {@code folder}, text or binary, is searched for the secret as UTF-8 and UTF-16 bytes. */
    static void assertNoFileHolds(Path folder, String secret) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String latin = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                for (var cs : new java.nio.charset.Charset[] {java.nio.charset.StandardCharsets.UTF_8,
                        java.nio.charset.StandardCharsets.UTF_16BE, java.nio.charset.StandardCharsets.UTF_16LE}) {
                    String needle = new String(secret.getBytes(cs), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertThat(latin).as("%s holds the password", f).doesNotContain(needle);
                }
            }
        }
    }
}
