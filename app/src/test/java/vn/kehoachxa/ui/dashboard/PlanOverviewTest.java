package vn.kehoachxa.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanReadiness;
import vn.kehoachxa.exchange.planfile.PlanFiles;

class PlanOverviewTest {
    static final PlanDocument MUONG_LA = PlanFiles.read(Path.of("..", "samples", "muong-la.kehoach.json"));

    @Test
    void tasksPerLeadCountsAUnitOnceHoweverTheMatrixSpellsIt() {
        PlanOverview overview = PlanOverview.of(MUONG_LA, 2026);

        long printedShort = PlanDocument.flatten(MUONG_LA.taskGroups()).stream()
                .filter(t -> t.leads().stream().anyMatch(l -> l.name().equals("Trạm Y tế"))).count();
        long printedFull = PlanDocument.flatten(MUONG_LA.taskGroups()).stream()
                .filter(t -> t.leads().stream().anyMatch(l -> l.name().equals("Trạm Y tế xã"))).count();
        assertThat(printedShort).as("the sample spells the station both ways").isPositive();
        assertThat(printedFull).isPositive();
        assertThat(overview.tasksPerLead()).doesNotContainKey("Trạm Y tế");
        assertThat(overview.tasksPerLead().get("Trạm Y tế xã")).isEqualTo((int) PlanDocument.flatten(
                MUONG_LA.taskGroups()).stream().filter(PlanOverviewTest::ledByTheStation).count());
    }

    @Test
    void countsAndMissingItemsComeFromThePlan() {
        PlanOverview overview = PlanOverview.of(MUONG_LA, 2026);

        assertThat(overview.tasks()).isEqualTo(PlanDocument.flatten(MUONG_LA.taskGroups()).size());
        assertThat(overview.indicators()).isEqualTo(MUONG_LA.indicators().size());
        assertThat(overview.missing()).extracting(PlanReadiness.Problem::text).contains("Chưa có số văn bản.");
    }

    private static boolean ledByTheStation(AssignmentItem task) {
        return task.leads().stream().anyMatch(l -> l.name().startsWith("Trạm Y tế"));
    }
}
