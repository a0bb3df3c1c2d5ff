package vn.kehoachxa.persistence.collector;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.kehoachxa.persistence.collector.jooq.Tables.PROVINCE_COMMUNE;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.testsupport.ChildJvm;

/** A collector process killed with -9 loses nothing it reported as committed (like the commune's crash tests). */
class CollectorCrashTest {
    @TempDir
    Path dir;

    @Test
    void whatTheEmbeddedCollectorConfirmedSurvivesAKill() throws Exception {
        Process child = ChildJvm.start(CollectorCrashChild.class, dir.toString());
        Set<String> confirmed = new HashSet<>();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (confirmed.size() < 25 && (line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (line.startsWith("COMMITTED ")) {
                    confirmed.add(line.substring("COMMITTED ".length()));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(confirmed).as(output.toString()).hasSize(25);
        try (CollectorDatabase db = CollectorDatabase.openEmbedded(dir)) {
            Set<String> stored = new HashSet<>(db.read(s -> s.dsl().select(PROVINCE_COMMUNE.CODE)
                    .from(PROVINCE_COMMUNE).fetch(PROVINCE_COMMUNE.CODE)));
            assertThat(stored).containsAll(confirmed);
        }
    }
}
