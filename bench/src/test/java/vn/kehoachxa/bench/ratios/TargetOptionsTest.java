package vn.kehoachxa.bench.ratios;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The harness measures what ships: in class-path mode the app and the yardsticks run with exactly the JVM options the
 * installer's launchers carry (installer/pom.xml's {@code --java-options}); image mode reads them from the image.
 */
class TargetOptionsTest {
    private static final Pattern JAVA_OPTION = Pattern.compile(
            "<argument>--java-options</argument>\\s*<argument>([^<]+)</argument>");

    @Test
    void classPathModeTakesTheInstallersJvmOptions() throws Exception {
        String pom = Files.readString(Path.of("../installer/pom.xml"), StandardCharsets.UTF_8);
        List<String> shipped = JAVA_OPTION.matcher(pom).results().map(m -> m.group(1).strip()).toList();

        assertThat(shipped).isNotEmpty();
        assertThat(Target.APP_OPTIONS).containsExactlyInAnyOrderElementsOf(shipped);
        assertThat(Target.ofClassPath("a.jar", Path.of("bench.jar")).jvmOptions())
                .containsExactlyElementsOf(Target.APP_OPTIONS);
    }
}
