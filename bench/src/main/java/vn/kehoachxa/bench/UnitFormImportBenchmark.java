package vn.kehoachxa.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
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
 * Import of 300 filled unit report forms: 30 units × 10 periods, each unit leading 4 task rows, cooperating on 2
 * and leading 2 indicators (target: under 15 s). Every iteration starts from a fresh database and fresh forms.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class UnitFormImportBenchmark {
    private static final int UNITS = 30;
    private static final int PERIODS = 10;

    private Path dir;
    private Database db;
    private UnitFormService forms;
    private final List<Long> periodIds = new ArrayList<>();
    private final List<List<Path>> files = new ArrayList<>();

    @Setup(Level.Iteration)
    public void prepare() throws IOException {
        dir = Files.createTempDirectory("kx-bench");
        db = Database.open(dir.resolve("db"));
        forms = new UnitFormService(db);
        ReportingService reporting = new ReportingService(db);
        long planId = new PlanService(db).create(plan());
        List<PeriodOverview> periods = reporting.generatePeriods(planId);
        periodIds.clear();
        files.clear();
        for (PeriodOverview p : periods.subList(0, PERIODS)) {
            periodIds.add(p.period().id());
            List<Path> generated = forms.generateAll(p.period().id(), dir.resolve(p.code()));
            for (Path f : generated) {
                fill(f);
            }
            files.add(generated);
        }
    }

    @Benchmark
    public int importThreeHundredForms() {
        int imported = 0;
        for (int i = 0; i < periodIds.size(); i++) {
            for (FormImportResult r : forms.importFiles(periodIds.get(i), null, files.get(i))) {
                if (r.submission() == null) {
                    throw new IllegalStateException(r.fileName() + ": " + r.errors());
                }
                imported++;
            }
        }
        if (imported != UNITS * PERIODS) {
            throw new IllegalStateException("imported " + imported);
        }
        return imported;
    }

    @TearDown(Level.Iteration)
    public void cleanUp() throws IOException {
        db.close();
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static void fill(Path file) throws IOException {
        XSSFWorkbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
        Sheet tasks = wb.getSheet("Nhiệm vụ");
        for (Row row : tasks) {
            Cell id = row.getCell(8);
            if (id != null && id.toString().startsWith("item:")) {
                row.getCell(4).setCellValue("Đang thực hiện");
                row.getCell(5).setCellValue("Đã triển khai tại 12 bản, tiểu khu; tổ chức 3 hội nghị.");
                row.getCell(6).setCellValue("Thiếu kinh phí");
                row.getCell(7).setCellValue("Đề nghị bổ sung kinh phí");
            }
        }
        Sheet indicators = wb.getSheet("Chỉ tiêu");
        for (Row row : indicators) {
            Cell id = row.getCell(6);
            if (id != null && id.toString().startsWith("indicator:")) {
                row.getCell(4).setCellValue("96,5");
                row.getCell(5).setCellValue("ước thực hiện");
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    static PlanDocument plan() {
        Plan plan = new Plan(null, DocumentFamily.ADMINISTRATIVE, DocumentType.KH, "12", "KH-UBND",
                LocalDate.of(2026, 1, 5), "Mường La", "Thực hiện Nghị quyết số 72-NQ/TW của Bộ Chính trị",
                "xã Mường La", null, "ỦY BAN NHÂN DÂN\nXÃ MƯỜNG LA", null, null,
                new Signer(null, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Hải Sơn"), 2026, 2030, 2045,
                PlanStatus.ISSUED, null, ReportingRule.standard());
        List<Unit> units = new ArrayList<>();
        List<AssignmentItem> items = new ArrayList<>();
        List<Indicator> indicators = new ArrayList<>();
        for (int u = 0; u < UNITS; u++) {
            units.add(Unit.named("Đơn vị số " + (u + 1), UnitKind.OTHER));
        }
        for (int u = 0; u < UNITS; u++) {
            for (int t = 0; t < 4; t++) {
                items.add(new AssignmentItem(null, null, "Nhiệm vụ " + (t + 1) + " của đơn vị " + (u + 1)
                        + ": tăng cường truyền thông, giáo dục sức khỏe cho Nhân dân", null,
                        List.of(Assignee.unit(units.get(u).name())),
                        List.of(Assignee.unit(units.get((u + 1) % UNITS).name())),
                        new Deadline(DeadlineKind.RECURRING, "Thường xuyên", null, null, null), null, List.of()));
            }
            for (int i = 0; i < 2; i++) {
                indicators.add(new Indicator(null, "CT" + u + "-" + i, null, "Chỉ tiêu " + i + " của đơn vị " + u,
                        "%", null, null, List.of(new IndicatorTarget(2030, TargetKind.NUMERIC,
                        vn.kehoachxa.domain.plan.Comparator.GE, new BigDecimal("97.5"), null, "%", null, null)),
                        null, null, List.of(Assignee.unit(units.get(u).name())), List.of(), null));
            }
        }
        return new PlanDocument(plan, List.of(), List.of(), List.of(), units,
                List.of(new IndicatorGroup(null, null, null, indicators)), List.of(),
                List.of(new AssignmentGroup(null, "1.", "Nhóm nhiệm vụ", items)));
    }
}
