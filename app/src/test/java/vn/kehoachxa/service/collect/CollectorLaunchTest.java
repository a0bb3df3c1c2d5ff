package vn.kehoachxa.service.collect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.DomainException;
import vn.kehoachxa.domain.collect.DataFolderKind;

/** {@code --collector}, {@code --db-url}, {@code --db-user}: read from the raw arguments, wrong ones refused. */
class CollectorLaunchTest {
    @TempDir
    Path dir;

    @Test
    void noCollectorOptionsIsACommuneStart() {
        CollectorLaunch launch = CollectorLaunch.fromArguments(List.of("--data-dir", "/x"));
        assertThat(launch.collector()).isFalse();
        assertThat(launch.server(null)).isEmpty();
    }

    @Test
    void collectorAloneIsAnEmbeddedCollector() {
        CollectorLaunch launch = CollectorLaunch.fromArguments(List.of("--collector", "--data-dir=/x"));
        assertThat(launch.collector()).isTrue();
        assertThat(launch.server(null)).isEmpty();
    }

    @Test
    void aServerUrlMakesACollectorOnThatServer() {
        CollectorLaunch launch = CollectorLaunch.fromArguments(
                List.of("--db-url", "jdbc:postgresql://may-chu:5433/tonghop", "--db-user=can_bo"));
        assertThat(launch.collector()).isTrue();
        var server = launch.server("bi-mat".toCharArray()).orElseThrow();
        assertThat(server.host()).isEqualTo("may-chu");
        assertThat(server.port()).isEqualTo(5433);
        assertThat(server.database()).isEqualTo("tonghop");
        assertThat(server.user()).isEqualTo("can_bo");
    }

    @Test
    void wrongServerOptionsAreRefusedInVietnamese() {
        assertThatThrownBy(() -> CollectorLaunch.fromArguments(List.of("--db-url", "jdbc:postgresql://h/d")))
                .isInstanceOf(DomainException.class).hasMessageContaining("--db-user");
        assertThatThrownBy(() -> CollectorLaunch.fromArguments(List.of("--db-user", "u")))
                .isInstanceOf(DomainException.class).hasMessageContaining("--db-url");
        assertThatThrownBy(() -> CollectorLaunch.fromArguments(List.of("--db-url", "postgres://h/d", "--db-user",
                "u"))).isInstanceOf(DomainException.class).hasMessageContaining("jdbc:postgresql://");
        assertThatThrownBy(() -> CollectorLaunch.fromArguments(List.of("--collector", "--db-url")))
                .isInstanceOf(DomainException.class).hasMessageContaining("--db-url");
    }

    @Test
    void theWorkspaceOpensAnEmbeddedCollectorAndTheFolderSaysSo() {
        try (CollectorWorkspace ws = CollectorWorkspace.open(dir, CollectorLaunch.fromArguments(List.of(
                "--collector")), server -> {
                    throw new AssertionError("no password is asked for an embedded collector");
                })) {
            assertThat(ws.server()).isEmpty();
            assertThat(ws.folder()).isEqualTo(dir);
        }
        assertThat(CollectorWorkspace.kindOf(dir)).isEqualTo(DataFolderKind.COLLECTOR_EMBEDDED);
        assertThat(CollectorWorkspace.savedServer(dir)).isEmpty();
    }
}
