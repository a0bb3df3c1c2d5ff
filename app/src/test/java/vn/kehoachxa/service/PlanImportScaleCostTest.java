package vn.kehoachxa.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.exchange.planfile.PlanFiles;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.testsupport.QueryCounts;
import vn.kehoachxa.testsupport.ScaledPlans;

/**
 * A plan file's import costs the database the same for every further copy of the plan's rows (decision 0041): the
 * statements run and the rows they read or wrote grow by the same amount from Mường La × 1 to × 4 as from × 4 to × 7,
 * so nothing in the import grows faster than the plan (numbering a row by reading its siblings did: the rows read
 * grew with the square of the rows). Counted, never timed.
 */
class PlanImportScaleCostTest {
    @TempDir
    Path dir;

    @Test
    void eachFurtherCopyOfThePlanCostsTheSameStatementsAndRows() throws Exception {
        long[] x1 = importCost(1);
        long[] x4 = importCost(4);
        long[] x7 = importCost(7);

        long[] first = {x4[0] - x1[0], x4[1] - x1[1]};
        long[] second = {x7[0] - x4[0], x7[1] - x4[1]};
        assertThat(first[0]).as("statements of three more copies").isPositive();
        assertThat(second).as("statements and rows of copies 5–7 against copies 2–4").containsExactly(first);
    }

    @Test
    void theImportedPlanReadsBackAsTheFileHeldIt() throws Exception {
        PlanDocument doc = ScaledPlans.muongLaTimes(3);
        Path file = dir.resolve("x3" + PlanFiles.EXTENSION);
        PlanFiles.write(doc, file);
        try (Database db = Database.open(dir.resolve("back"))) {
            long id = new PlanImportService(db).importFile(file, ClashPolicy.REFUSE);
            PlanDocument back = db.read(store -> store.documents().load(id));
            assertThat(Fingerprints.planContent(back)).isEqualTo(Fingerprints.planContent(doc));
        }
    }

    /** {statements, rows} of importing Mường La × {@code k} from its plan file into a new database. */
    private long[] importCost(int k) throws Exception {
        Path file = dir.resolve("x" + k + PlanFiles.EXTENSION);
        PlanFiles.write(ScaledPlans.muongLaTimes(k), file);
        Path folder = dir.resolve("db" + k);
        try (Database db = Database.open(folder); QueryCounts counts = QueryCounts.on(folder)) {
            PlanImportService imports = new PlanImportService(db);
            return counts.of(() -> imports.importFile(file, ClashPolicy.REFUSE));
        }
    }
}
