package vn.kehoachxa.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Decision 0042: no file of a data folder may hold the server password, in any of the encodings Java writes. */
public final class FolderSecrets {
    private FolderSecrets() {
    }

    /** Fails naming the file when any file under {@code folder} holds {@code secret} as UTF-8 or UTF-16. */
    public static void assertNoFileHolds(Path folder, String secret) {
        try (Stream<Path> files = Files.walk(folder)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            assertThat(all).isNotEmpty();
            for (Path f : all) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16BE,
                        StandardCharsets.UTF_16LE)) {
                    assertThat(bytes).as("%s holds the password", f)
                            .doesNotContain(new String(secret.getBytes(cs), StandardCharsets.ISO_8859_1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
