package vn.kehoachxa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Deadline;
import vn.kehoachxa.domain.plan.DeadlineKind;
import vn.kehoachxa.domain.plan.DocumentFamily;
import vn.kehoachxa.domain.plan.DocumentType;
import vn.kehoachxa.domain.plan.Indicator;
import vn.kehoachxa.domain.plan.IndicatorGroup;
import vn.kehoachxa.domain.plan.IndicatorTarget;
import vn.kehoachxa.domain.plan.Plan;
import vn.kehoachxa.domain.plan.PlanDocument;
import vn.kehoachxa.domain.plan.PlanStatus;
import vn.kehoachxa.domain.plan.ReportingRule;
import vn.kehoachxa.domain.plan.Signer;
import vn.kehoachxa.domain.plan.TargetKind;
import vn.kehoachxa.domain.plan.Unit;
import vn.kehoachxa.domain.plan.UnitKind;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.PeriodOverview;

/**
 * Unit form import against its yardstick, interleaved in one run: per round one period's filled forms (one per
 * unit) are read by plain POI (open each file, read every cell as text: the least any reader must do) and imported
 * by {@link UnitFormService#importFiles}, the order alternating A B / B A. Prints the median ms per form of each and
 * the median of the per-round ratios, for a plan of 1× and of SCALE× the size (the same 30 units' forms, the plan
 * grown by more units with their own rows), so a per-form cost that grows with the plan shows as a higher ratio.
 *
 * <p>Arguments: {@code [ROUNDS] [SCALES…]}, default {@code 8 1 10}.
 */
public final class FormImportScaleRatio {
    private static final int FORMS = 30;

    private FormImportScaleRatio() {
    }

    /** Runs the comparison; see the class comment. */
    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        int[] scales = args.length > 1 ? Arrays.stream(args, 1, args.length).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 10};
        System.out.printf("%s, %d cores, load %.2f%n", java.time.LocalDateTime.now().withNano(0),
                Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int scale : scales) {
            run(scale, rounds);
        }
    }

    private static void run(int scale, int rounds) throws IOException {
        Path dir = Files.createTempDirectory("form-import-ratio");
        try (Database db = Database.open(dir.resolve("db"))) {
            UnitFormService forms = new UnitFormService(db);
            long planId = new PlanService(db).create(plan(FORMS * scale));
            List<PeriodOverview> periods = new ReportingService(db).generatePeriods(planId);
            int warm = 1;
            int usable = Math.min(rounds + warm, periods.size());
            List<double[]> pairs = new ArrayList<>();
            for (int r = 0; r < usable; r++) {
                long periodId = periods.get(r).period().id();
                Path folder = dir.resolve("p" + r);
                // Every unit's form is generated (one plan read); the first FORMS units' forms are filled and imported.
                List<Path> files = new ArrayList<>(forms.generateAll(periodId, folder).subList(0, FORMS));
                for (Path f : files) {
                    UnitFormImportBenchmark.fill(f);
                }
                boolean poiFirst = r % 2 == 0;
                double a = 0;
                double b = 0;
                if (poiFirst) {
                    a = poiAlone(files);
                    b = importAll(forms, periodId, files);
                } else {
                    b = importAll(forms, periodId, files);
                    a = poiAlone(files);
                }
                if (r >= warm) {
                    pairs.add(new double[] {a / files.size(), b / files.size()});
                }
            }
            double[] poi = pairs.stream().mapToDouble(p -> p[0]).sorted().toArray();
            double[] app = pairs.stream().mapToDouble(p -> p[1]).sorted().toArray();
            double[] ratio = pairs.stream().mapToDouble(p -> p[1] / p[0]).sorted().toArray();
            System.out.printf("plan %2d× (%4d units, %d forms/round, %d rounds): POI alone %6.2f ms/form, "
                            + "import %6.2f ms/form, ratio %.2f (%.2f–%.2f)%n", scale, FORMS * scale,
                    FORMS, pairs.size(), median(poi), median(app), median(ratio), ratio[0],
                    ratio[ratio.length - 1]);
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Milliseconds for plain POI to open every file and read every cell of every sheet as text. */
    static double poiAlone(List<Path> files) throws IOException {
        long start = System.nanoTime();
        DataFormatter formatter = new DataFormatter();
        long chars = 0;
        for (Path f : files) {
            try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            chars += formatter.formatCellValue(cell).length();
                        }
                    }
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("nothing read");
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double importAll(UnitFormService forms, long periodId, List<Path> files) {
        long start = System.nanoTime();
        for (FormImportResult r : forms.importFiles(periodId, null, files)) {
            if (r.submission() == null) {
                throw new IllegalStateException(r.fileName() + ": " + r.errors());
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The import benchmark's plan with {@code units} units, each leading 4 rows, cooperating on 4, leading 2 indicators. */
    static PlanDocument plan(int units) {
        Plan plan = new Plan(null, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND",
                LocalDate.of(2026, 1, 5), "Mường La", "Thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị",
                "xã Mường La", null, "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA", null, null,
                new Signer(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"), 2026, 2030, 2045,
                PlanStatus.ISSUED, null, ReportingRule.standard());
        List<Unit> all = new ArrayList<>();
        List<AssignmentItem> items = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            all.add(Unit.named("Đơn vị số " + (u + 1), UnitKind.OTHER));
        }
        for (int u = 0; u < units; u++) {
            for (int t = 0; t < 4; t++) {
                items.add(new AssignmentItem(null, null, "Nhiệm vụ " + (t + 1) + " của đơn vị " + (u + 1)
                        + ": tăng cường truyền thông, giáo dục sức khỏe cho Nhân dân", null,
                        List.of(Assignee.unit(all.get(u).name())),
                        List.of(Assignee.unit(all.get((u + 1) % units).name())),
                        new Deadline(DeadlineKind.RECURRING, "Thường xuyên", null, null, null), null, List.of()));
            }
            for (int i = 0; i < 2; i++) {
                indicators.add(new Indicator(null, "CT" + u + "-" + i, null, "Chỉ tiêu " + i + " của đơn vị " + u,
                        "%", null, null, List.of(new IndicatorTarget(2030, TargetKind.NUMERIC,
                        vn.kehoachxa.domain.plan.Comparator.GE, new BigDecimal("97.5"), null, "%", null, null)),
                        null, null, List.of(Assignee.unit(all.get(u).name())), List.of(), null));
            }
        }
        return new PlanDocument(plan, List.of(), List.of(), List.of(), all,
                List.of(new IndicatorGroup(null, null, null, indicators)), List.of(),
                List.of(new AssignmentGroup(null, "1.", "Nhóm nhiệm vụ", items)));
    }
}
