package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.Appendix;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.TableKind;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.Ids;

class SampleStorageTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"ha-dong", "hai-duong", "muong-la"})
    void aSampleStoredInTheDatabaseWritesBackToTheSameFileBytes(String name) throws Exception {
        Path file = Path.of("..", "samples", name + PlanFiles.EXTENSION);
        PlanDocument doc = PlanFiles.read(file);
        try (Database db = Database.open(dir)) {
            PlanService plans = new PlanService(db);
            long id = plans.create(doc);

            PlanDocument back = plans.load(id);

            assertThat(Ids.strip(back)).isEqualTo(doc);
            // Stored, the plan got a global id (decision 0037); the rest writes back byte for byte.
            assertThat(back.plan().identity().globalId()).isNotNull();
            assertThat(PlanFiles.toBytes(Ids.strip(back))).isEqualTo(Files.readAllBytes(file));
        }
    }

    @Test
    void muongLaKeepsItsIndicatorsButPrintsOnlyItsTwoMatrices() {
        PlanDocument doc = PlanFiles.readBundledSample("muong-la");

        assertThat(doc.indicators()).isNotEmpty();
        assertThat(doc.appendix(TableKind.INDICATORS).printed()).isFalse();
        assertThat(doc.printedAppendices()).extracting(Appendix::table)
                .containsExactly(TableKind.TARGET_MATRIX, TableKind.TASK_MATRIX);
        assertThat(doc.appendix(TableKind.TASK_MATRIX).effectiveTitle())
                .isEqualTo("PHÂN CÔNG NHIỆM VỤ THỰC HIỆN KẾ HOẠCH");
    }

    @Test
    void aPlanWithoutAppendixSettingsPrintsTheTablesThatHaveRows() {
        PlanDocument doc = PlanFiles.readBundledSample("hai-duong");

        assertThat(doc.printedAppendices()).isEmpty();
        assertThat(doc.appendix(TableKind.TASK_MATRIX).effectiveTitle())
                .isEqualTo(Appendix.defaultTitle(TableKind.TASK_MATRIX));
    }
}
