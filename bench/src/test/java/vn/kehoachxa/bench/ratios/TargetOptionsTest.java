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

    /** The yardsticks are drawn the way the Linux launcher script has the app drawn (decision 0049). */
    @Test
    void theYardsticksGetTheLinuxLaunchersRenderingChoice() throws Exception {
        String script = Files.readString(Path.of("../installer/src/main/launcher/linux-launcher.sh"),
                StandardCharsets.UTF_8);
        Target.SOFTWARE_RENDER_ENV.forEach((name, value) -> assertThat(script).contains("export " + name + "=" + value));
        Target.SOFTWARE_RENDER_OPTIONS.forEach(option -> assertThat(script).contains("render=(" + option + ")"));

        Path image = Files.createTempDirectory("kx-image");
        try {
            Files.createDirectories(image.resolve("bin"));
            Files.createDirectories(image.resolve("lib/app"));
            Files.writeString(image.resolve("lib/app/KeHoachXa.cfg"), "[JavaOptions]\njava-options=-Xms16m\n");
            Files.copy(Path.of("../installer/src/main/launcher/linux-launcher.sh"), image.resolve("bin/KeHoachXa"));
            Target scripted = Target.ofImage(image, Path.of("bench.jar"));
            assertThat(scripted.jvmOptions()).containsExactly("-Xms16m", "-Dprism.order=sw");
            assertThat(scripted.childEnvironment()).isEqualTo(Target.SOFTWARE_RENDER_ENV);

            Files.write(image.resolve("bin/KeHoachXa"), new byte[] {0x7f, 'E', 'L', 'F'});
            Target binary = Target.ofImage(image, Path.of("bench.jar"));
            assertThat(binary.jvmOptions()).containsExactly("-Xms16m");
            assertThat(binary.childEnvironment()).isEmpty();
        } finally {
            try (var files = Files.walk(image)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
