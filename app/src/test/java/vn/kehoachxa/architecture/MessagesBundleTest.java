package vn.kehoachxa.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every message key the code and the FXML use exists in the bundle, and every key in the bundle is used. */
class MessagesBundleTest {
    static final Path SOURCES = Path.of("src", "main", "java");
    static final Path RESOURCES = Path.of("src", "main", "resources");
    static final Pattern TEXTS_GET = Pattern.compile("Texts\\.get\\(\\s*\"([^\"]+)\"");
    static final Pattern LITERAL = Pattern.compile("\"([a-zA-Z][\\w-]*(?:\\.[\\w-]+)*\\.?)\"");
    static final Pattern FXML_KEY = Pattern.compile("\"%([\\w.-]+)\"");
    /** Keys picocli reads by convention (usage headings, and each command's description). */
    static final Pattern PICOCLI = Pattern.compile("usage\\..*|help|version|[\\w.-]+\\.usage\\.[\\w.]+");

    static Properties bundle() throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(RESOURCES.resolve("i18n/messages.properties"))) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    static List<String> read(Path root, String suffix) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(suffix)).map(f -> {
                try {
                    return Files.readString(f);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }

    static Set<String> matches(List<String> texts, Pattern pattern) {
        Set<String> out = new TreeSet<>();
        for (String text : texts) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Properties bundle = bundle();
        Set<String> asked = matches(read(SOURCES, ".java"), TEXTS_GET);
        asked.addAll(matches(read(RESOURCES.resolve("fxml"), ".fxml"), FXML_KEY));

        // A key ending in a dot is a prefix the code completes ("evaluation." + name()): the other test covers it.
        List<String> missing = asked.stream().filter(k -> !k.endsWith(".") && !bundle.containsKey(k)).toList();
        assertThat(asked).isNotEmpty();
        assertThat(missing).as("keys the code asks for that messages.properties lacks").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        // Properties keeps the last of two definitions silently; a merge can leave both behind.
        List<String> keys = Files.readAllLines(RESOURCES.resolve("i18n/messages.properties")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#") && l.contains("="))
                .map(l -> l.substring(0, l.indexOf('=')).strip()).toList();
        Set<String> seen = new TreeSet<>();
        List<String> twice = keys.stream().filter(k -> !seen.add(k)).toList();
        assertThat(twice).as("keys defined more than once").isEmpty();
    }

    @Test
    void everyKeyInTheBundleIsUsed() throws IOException {
        Properties bundle = bundle();
        List<String> code = new ArrayList<>(read(SOURCES, ".java"));
        Set<String> literals = matches(code, LITERAL);
        Set<String> fxml = matches(read(RESOURCES.resolve("fxml"), ".fxml"), FXML_KEY);
        List<String> unused = new ArrayList<>();
        for (String key : bundle.stringPropertyNames()) {
            // A key is used when it is written whole, or built from a literal start such as "plan.status." + name
            // or "target.increase" + "MoreThan".
            boolean used = literals.contains(key) || fxml.contains(key) || PICOCLI.matcher(key).matches()
                    || literals.stream().anyMatch(l -> l.contains(".") && key.startsWith(l));
            if (!used) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys in messages.properties that nothing uses").isEmpty();
    }
}
