package vn.kehoachxa.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.service.PlanService;

/** The plan switcher names each plan's type, number, commune and status, so two communes' plans are told apart. */
class PlanLabelsTest {
    @TempDir
    Path dataDir;

    @Test
    void aPlanReadsAsItsTypeNumberCommuneSummaryAndStatus() {
        List<String> labels;
        try (Database db = Database.open(dataDir)) {
            PlanImportService imports = new PlanImportService(db);
            imports.importFile(Path.of("..", "samples", "muong-la.kehoach.json"), ClashPolicy.REFUSE);
            imports.importFile(Path.of("..", "samples", "ha-dong.kehoach.json"), ClashPolicy.REFUSE);
            labels = new PlanService(db).list().stream().map(PlanLabels::of).toList();
        }

        // The samples are drafts without a number, as their originals were before signing.
        assertThat(labels).anySatisfy(l -> assertThat(l)
                .startsWith("Kế hoạch số …/KH-UBND (xã Mường La) — Thực hiện Nghị quyết số 282/NQ-CP")
                .endsWith("… — Dự thảo"));
        assertThat(labels).anySatisfy(l -> assertThat(l)
                .startsWith("Chương trình hành động số …-CTr/ĐU (xã Hà Đông) — Thực hiện Nghị quyết số 72-NQ/TW")
                .endsWith(" — Dự thảo"));
    }
}
