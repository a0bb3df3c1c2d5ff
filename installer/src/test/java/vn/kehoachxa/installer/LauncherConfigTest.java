package vn.kehoachxa.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class LauncherConfigTest {
    static final String JPACKAGE_CFG = """
            [Application]
            app.classpath=$APPDIR/kehoachxa-app-0.1.0-SNAPSHOT.jar
            app.mainclass=vn.kehoachxa.Main
            app.classpath=$APPDIR/h2-2.5.252.jar

            [JavaOptions]
            java-options=-Djpackage.app-version=0.1.0
            java-options=-XX:+UseSerialGC
            """;

    @Test
    void theClassPathKeepsTheLaunchersOrderWithAppDirResolved() {
        Path appDir = Path.of("/opt/kehoachxa/lib/app");

        assertThat(LauncherConfig.parse(JPACKAGE_CFG).classPath(appDir)).containsExactly(
                appDir.resolve("kehoachxa-app-0.1.0-SNAPSHOT.jar"), appDir.resolve("h2-2.5.252.jar"));
    }

    @Test
    void optionsGoAtTheEndOfTheJavaOptionsSectionAndCanBeTakenOutAgain() {
        LauncherConfig trained = LauncherConfig.parse(JPACKAGE_CFG)
                .withJavaOptions(List.of("-XX:AOTCache=$APPDIR/kehoachxa.aot"));

        assertThat(trained.javaOptions()).containsExactly("-Djpackage.app-version=0.1.0", "-XX:+UseSerialGC",
                "-XX:AOTCache=$APPDIR/kehoachxa.aot");
        assertThat(LauncherConfig.parse(trained.text()).withoutJavaOptionsStartingWith("-XX:AOTCache").text())
                .isEqualTo(JPACKAGE_CFG);
    }

    @Test
    void optionsLandInTheirSectionEvenWhenAnotherSectionFollows() {
        LauncherConfig config = LauncherConfig.parse(JPACKAGE_CFG + "[ArgOptions]\narguments=--x\n")
                .withJavaOptions(List.of("-Dk=v"));

        assertThat(config.text()).contains("java-options=-XX:+UseSerialGC\njava-options=-Dk=v\n[ArgOptions]");
    }

    @Test
    void aConfigurationWithoutJavaOptionsGetsTheSection() {
        LauncherConfig config = LauncherConfig.parse("[Application]\napp.classpath=$APPDIR/a.jar\n")
                .withJavaOptions(List.of("-Dk=v"));

        assertThat(config.text()).isEqualTo("[Application]\napp.classpath=$APPDIR/a.jar\n[JavaOptions]\n"
                + "java-options=-Dk=v\n");
    }

    @Test
    void noClassPathIsRefused() {
        assertThatThrownBy(() -> LauncherConfig.parse("[Application]\n").classPath(Path.of("x")))
                .hasMessageContaining("app.classpath");
    }
}
