package vn.kehoachxa.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.ClashPolicy;
import vn.kehoachxa.service.PlanImportService;
import vn.kehoachxa.service.UnitService;

/**
 * What durable commits cost: one edit (a new unit) and one import of the Mường La sample through the app's services,
 * with the app's own setting ({@code WRITE_DELAY=0}, each commit written before the call returns) against the
 * yardstick H2's default ({@code WRITE_DELAY=500}, written later by a background thread, which lost confirmed edits
 * to kill -9). Rounds alternate the order A B / B A on fresh databases in the same run; prints the median time per
 * operation of each and the median of the per-round ratios.
 *
 * <p>Arguments: {@code SAMPLE_PLAN_FILE [ROUNDS] [EDITS_PER_ROUND] [IMPORTS_PER_ROUND]}.
 */
public final class CommitCost {
    private CommitCost() {
    }

    /** Runs the comparison; see the class comment. */
    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        int edits = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        int imports = args.length > 3 ? Integer.parseInt(args[3]) : 5;
        measure(sample, 0, 100, 2);
        measure(sample, 500, 100, 2); // warm both paths before counting
        List<double[]> durable = new ArrayList<>();
        List<double[]> yardstick = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            boolean durableFirst = r % 2 == 0;
            double[] first = measure(sample, durableFirst ? 0 : 500, edits, imports);
            double[] second = measure(sample, durableFirst ? 500 : 0, edits, imports);
            durable.add(durableFirst ? first : second);
            yardstick.add(durableFirst ? second : first);
        }
        report("edit (new unit)", durable, yardstick, 0);
        report("import Mường La", durable, yardstick, 1);
    }

    /** Milliseconds per edit and per import on a fresh database with the given write delay. */
    private static double[] measure(Path sample, int writeDelay, int edits, int imports) throws Exception {
        Path dir = Files.createTempDirectory("commit-cost");
        try (Database db = Database.open(dir);
             Connection same = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(Database.FILE_NAME)
                     + ";IFEXISTS=TRUE", "sa", "")) {
            // The same in-process database: the setting applies to the app's own connections.
            same.createStatement().execute("SET WRITE_DELAY " + writeDelay);
            UnitService units = new UnitService(db);
            long start = System.nanoTime();
            for (int i = 0; i < edits; i++) {
                units.add(Unit.named("Đơn vị " + i, UnitKind.OTHER));
            }
            double perEdit = (System.nanoTime() - start) / 1e6 / edits;
            PlanImportService importer = new PlanImportService(db);
            start = System.nanoTime();
            for (int i = 0; i < imports; i++) {
                importer.importFile(sample, ClashPolicy.AS_NEW);
            }
            double perImport = (System.nanoTime() - start) / 1e6 / imports;
            return new double[] {perEdit, perImport};
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void report(String what, List<double[]> durable, List<double[]> yardstick, int index) {
        double[] a = durable.stream().mapToDouble(x -> x[index]).toArray();
        double[] b = yardstick.stream().mapToDouble(x -> x[index]).toArray();
        double[] ratios = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            ratios[i] = a[i] / b[i];
        }
        System.out.printf("%s: WRITE_DELAY=0 %.3f ms, yardstick WRITE_DELAY=500 %.3f ms, ratio %.2f (rounds: %s)%n",
                what, median(a), median(b), median(ratios), Arrays.toString(Arrays.stream(ratios)
                        .map(r -> Math.round(r * 100) / 100.0).toArray()));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
