package vn.kehoachxa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.export.excel.AppendixWorkbookExporter;
import vn.kehoachxa.export.word.PlanWordExporter;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.PlanExportService;
import vn.kehoachxa.service.PlanImportService;

/**
 * Where the command line's export of a plan to .docx + .xlsx spends its time, in process and warm: reading the plan
 * from the database, the Word document, the Excel workbook (each written to a file). Prints the median of each over
 * ROUNDS and the share of the plan read in the whole; run it with the jars of two versions to compare them.
 *
 * <p>Arguments: {@code PLAN_FILE [ROUNDS]}.
 */
public final class ExportCost {
    private ExportCost() {
    }

    /** Runs the measurement; see the class comment. */
    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Path dir = Files.createTempDirectory("export-cost");
        try (Database db = Database.open(dir.resolve("db"))) {
            PlanImportService imports = new PlanImportService(db);
            long id = imports.importPreviewed(imports.preview(sample), ClashPolicy.REFUSE);
            PlanExportService exports = new PlanExportService(db);
            List<double[]> times = new ArrayList<>();
            for (int r = 0; r < rounds + 3; r++) {
                long t0 = System.nanoTime();
                PlanDocument doc = exports.load(id);
                long t1 = System.nanoTime();
                new PlanWordExporter().export(doc, dir.resolve("plan.docx"));
                long t2 = System.nanoTime();
                new AppendixWorkbookExporter().export(doc, dir.resolve("plan.xlsx"));
                long t3 = System.nanoTime();
                if (r >= 3) {
                    times.add(new double[] {(t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6});
                }
            }
            double load = median(times, 0);
            double word = median(times, 1);
            double excel = median(times, 2);
            System.out.printf("plan read %.1f ms, Word %.1f ms, Excel %.1f ms (medians of %d, warm)%n", load, word,
                    excel, rounds);
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static double median(List<double[]> rows, int column) {
        double[] v = rows.stream().mapToDouble(r -> r[column]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
