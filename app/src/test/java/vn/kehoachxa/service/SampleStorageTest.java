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
import vn.kehoachxa.domain.plan.RowNumbers;
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

            // Labels that only restate a row's place are not stored (RowNumbers); every printed number is the same.
            assertThat(Ids.strip(back)).isEqualTo(RowNumbers.withOwnLabelsOnly(doc));
            assertThat(PlanFiles.toBytes(RowNumbers.withOwnLabelsOnly(PlanFiles.read(file))))
                    .isEqualTo(PlanFiles.toBytes(back));
            assertThat(printedNumbers(back)).isEqualTo(printedNumbers(doc));
        }
    }

    private static java.util.List<String> printedNumbers(PlanDocument doc) {
        RowNumbers numbers = RowNumbers.of(doc);
        return java.util.stream.Stream.of(doc.indicators().stream().map(numbers::of),
                PlanDocument.flatten(doc.targetGroups()).stream().map(numbers::of),
                PlanDocument.flatten(doc.taskGroups()).stream().map(numbers::of),
                doc.taskGroups().stream().map(numbers::of)).flatMap(s -> s).toList();
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
