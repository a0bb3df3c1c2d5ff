package vn.kehoachxa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

/** The stylesheet parses cleanly and no merge left its conflict markers in sources or resources. */
class ResourcesTest {
    static final Pattern MARKER = Pattern.compile("(?m)^(<<<<<<<|=======|>>>>>>>)( |$)");

    @Test
    void theStylesheetHasNoParseErrors() throws IOException {
        CssParser.errorsProperty().clear();

        new CssParser().parse(Path.of("src", "main", "resources", "css", "app.css").toUri().toURL());

        assertThat(CssParser.errorsProperty()).extracting(Object::toString).isEmpty();
    }

    @Test
    void noFileHoldsMergeConflictMarkers() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src"))) {
            List<Path> marked = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|fxml|css|properties|sql|json)$"))
                    .filter(f -> {
                        try {
                            return MARKER.matcher(Files.readString(f)).find();
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }).toList();
            assertThat(marked).isEmpty();
        }
    }
}
