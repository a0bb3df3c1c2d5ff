package vn.kehoachxa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.kehoachxa.persistence.Database;
import vn.kehoachxa.service.PlanService;
import vn.kehoachxa.service.ReportingService;
import vn.kehoachxa.service.UnitFormService;
import vn.kehoachxa.service.reporting.FormImportResult;
import vn.kehoachxa.service.reporting.PeriodOverview;

/**
 * Unit form import, warm, against its yardstick in one process: the app's {@code UnitFormService.importFiles} on
 * UNITS × PERIODS filled forms, and plain POI opening the same files and reading every cell. Each round puts the
 * plan in a fresh database and fills fresh forms (not timed), then times both sides, the order
 * alternating (A B, B A, …). A first round warms the JIT and is not printed.
 *
 * <p>Arguments: {@code UNITS PERIODS ROUNDS WORK_DIR}; prints {@code FORM_ROUND n app=MS poi=MS} (ms per form).
 */
public final class FormImportRatio {
    private FormImportRatio() {
    }

    /** Runs the rounds; see the class comment. */
    public static void main(String[] args) throws IOException {
        int units = Integer.parseInt(args[0]);
        int periods = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Path work = Path.of(args[3]);
        for (int round = 0; round <= rounds; round++) {
            // A database per round (a plan's number is unique in one); the JIT stays warm across them.
            try (Database db = Database.open(work.resolve("db" + round))) {
                UnitFormService forms = new UnitFormService(db);
                ReportingService reporting = new ReportingService(db);
                PlanService plans = new PlanService(db);
                long planId = plans.create(UnitFormImportBenchmark.plan(units));
                List<PeriodOverview> all = reporting.generatePeriods(planId);
                List<Long> periodIds = new ArrayList<>();
                List<List<Path>> files = new ArrayList<>();
                for (PeriodOverview p : all.subList(0, periods)) {
                    periodIds.add(p.period().id());
                    List<Path> generated = forms.generateAll(p.period().id(),
                            work.resolve("r" + round).resolve(p.code()));
                    for (Path f : generated) {
                        UnitFormImportBenchmark.fill(f);
                    }
                    files.add(generated);
                }
                int count = files.stream().mapToInt(List::size).sum();
                double app;
                double poi;
                if (round % 2 == 0) {
                    app = timeImport(forms, periodIds, files);
                    poi = timePoi(files);
                } else {
                    poi = timePoi(files);
                    app = timeImport(forms, periodIds, files);
                }
                if (round > 0) {
                    System.out.printf(java.util.Locale.ROOT, "FORM_ROUND %d app=%.3f poi=%.3f forms=%d%n", round,
                            app / count, poi / count, count);
                }
            }
        }
    }

    private static double timeImport(UnitFormService forms, List<Long> periodIds, List<List<Path>> files) {
        long start = System.nanoTime();
        for (int i = 0; i < periodIds.size(); i++) {
            for (FormImportResult r : forms.importFiles(periodIds.get(i), null, files.get(i))) {
                if (r.submission() == null) {
                    throw new IllegalStateException(r.fileName() + ": " + r.errors());
                }
            }
        }
        return (System.nanoTime() - start) / 1e6;
    }

    /** Plain POI: open each file and read every cell's value; returns milliseconds. */
    private static double timePoi(List<List<Path>> files) throws IOException {
        long start = System.nanoTime();
        long chars = 0;
        for (List<Path> batch : files) {
            for (Path f : batch) {
                try (InputStream in = Files.newInputStream(f); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                    for (Sheet sheet : wb) {
                        for (Row row : sheet) {
                            for (Cell cell : row) {
                                chars += switch (cell.getCellType()) {
                                    case STRING -> cell.getStringCellValue().length();
                                    case NUMERIC -> Double.hashCode(cell.getNumericCellValue()) & 1;
                                    case FORMULA -> cell.getCellFormula().length();
                                    default -> 0;
                                };
                            }
                        }
                    }
                }
            }
        }
        if (chars == 0) {
            throw new IllegalStateException("the forms had no cells");
        }
        return (System.nanoTime() - start) / 1e6;
    }
}
