package vn.kehoachxa.exchange.unitform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.kehoachxa.domain.plan.Assignee;
import vn.kehoachxa.domain.plan.AssignmentGroup;
import vn.kehoachxa.domain.plan.AssignmentItem;
import vn.kehoachxa.domain.plan.Comparator;
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
 * The plan is read once per batch of forms, not once per form: what each further form of a batch costs the database
 * (SQL statements run and rows read, counted by H2 itself) is the same in a plan ten times larger. Counted, never
 * timed, so the test holds on a loaded machine.
 */
class UnitFormImportCostTest {
    private static final int UNITS = 6;

    @TempDir
    Path dir;

    @Test
    void eachFurtherFormOfABatchCostsTheSameStatementsAndRowsWhateverThePlanSize() throws Exception {
        long[] small = extraCostOfFourForms(1);
        long[] large = extraCostOfFourForms(10);

        assertThat(small[0]).as("statements of four more forms").isPositive();
        assertThat(large).as("statements and rows of four more forms, plan 10× against 1×").containsExactly(small);
    }

    /**
     * In a plan {@code scale} times the base size: {statements, rows} of importing six forms (one period) minus
     * those of importing two (the period before), so what the batch reads once cancels out.
     */
    private long[] extraCostOfFourForms(int scale) throws Exception {
        Path folder = dir.resolve("x" + scale);
        Clock clock = Clock.fixed(LocalDate.of(2026, 11, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        try (Database db = Database.open(folder.resolve("db"));
             Connection stats = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("db")
                     .resolve(Database.FILE_NAME) + ";IFEXISTS=TRUE", "sa", "")) {
            try (Statement s = stats.createStatement()) {
                s.execute("SET QUERY_STATISTICS_MAX_ENTRIES 100000");
                s.execute("SET QUERY_STATISTICS TRUE");
                s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE"); // count every read, none from a kept result
            }
            UnitFormService forms = new UnitFormService(db, clock);
            long planId = new PlanService(db).create(plan(UNITS * scale));
            List<PeriodOverview> periods = new ReportingService(db, clock).generatePeriods(planId);
            long[] two = importFirst(forms, stats, periods.get(0).period().id(), folder.resolve("p1"), 2);
            long[] six = importFirst(forms, stats, periods.get(1).period().id(), folder.resolve("p2"), 6);
            return new long[] {six[0] - two[0], six[1] - two[1]};
        }
    }

    /** Generates the period's forms, fills the first {@code count} and imports them; returns {statements, rows}. */
    private static long[] importFirst(UnitFormService forms, Connection stats, long periodId, Path folder, int count)
            throws Exception {
        List<Path> files = new ArrayList<>();
        for (Path f : forms.generateAll(periodId, folder).subList(0, count)) {
            FormFiller filler = FormFiller.open(f);
            filler.task(filler.itemIds().getFirst(), "Đang thực hiện", "Đã triển khai", null, null);
            filler.number(filler.indicatorIds().getFirst(), 96.5, null);
            files.add(filler.save());
        }
        long[] before = counted(stats);
        List<FormImportResult> results = forms.importFiles(periodId, null, files);
        long[] after = counted(stats);
        assertThat(results).allSatisfy(r -> assertThat(r.errors()).isEmpty());
        return new long[] {after[0] - before[0], after[1] - before[1]};
    }

    /** Statements run and rows they returned so far, from H2's query statistics. */
    private static long[] counted(Connection stats) throws Exception {
        try (Statement s = stats.createStatement();
             ResultSet rs = s.executeQuery("SELECT SUM(EXECUTION_COUNT), SUM(CUMULATIVE_ROW_COUNT)"
                     + " FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    /** {@code units} units, each leading two task rows, cooperating on the next unit's and leading one indicator. */
    private static PlanDocument plan(int units) {
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
            for (int t = 0; t < 2; t++) {
                items.add(new AssignmentItem(null, null, "Nhiệm vụ " + (t + 1) + " của đơn vị " + (u + 1), null,
                        List.of(Assignee.unit(all.get(u).name())),
                        List.of(Assignee.unit(all.get((u + 1) % units).name())),
                        new Deadline(DeadlineKind.RECURRING, "Thường xuyên", null, null, null), null, List.of()));
            }
            indicators.add(new Indicator(null, "CT" + u, null, "Chỉ tiêu của đơn vị " + (u + 1), "%", null, null,
                    List.of(new IndicatorTarget(2030, TargetKind.NUMERIC, Comparator.GE, new BigDecimal("97.5"),
                            null, "%", null, null)),
                    null, null, List.of(Assignee.unit(all.get(u).name())), List.of(), null));
        }
        return new PlanDocument(plan, List.of(), List.of(), List.of(), all,
                List.of(new IndicatorGroup(null, null, null, indicators)), List.of(),
                List.of(new AssignmentGroup(null, "1.", "Nhóm nhiệm vụ", items)));
    }
}
